namespace AifStudy.Web.Services;

/// <summary>What a note list shows about a note. <see cref="Languages"/> is comma separated, most frequent first.</summary>
public sealed record NoteSummary(string Slug, string Title, string Languages, int SectionCount, int NonEmptySectionCount);
