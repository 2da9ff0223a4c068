namespace AifStudy.Web.Services.Search;

/// <summary>Hits grouped by note (the note of the best hit first). <see cref="Total"/> is 0 when nothing matched.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<NoteHits> Groups, int Total, TimeSpan Elapsed)
{
    public static SearchResults Empty(string query, TimeSpan elapsed) => new(query, [], 0, elapsed);
}
