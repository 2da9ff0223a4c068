namespace AifStudy.Web.Data;

/// <summary>How a learner reads one bilingual note. No row means <see cref="ReadingLanguage.Both"/>.</summary>
public sealed class NoteReadingPreference
{
    public int LearnerId { get; set; }

    public required string NoteSlug { get; set; }

    public ReadingLanguage Language { get; set; }
}
