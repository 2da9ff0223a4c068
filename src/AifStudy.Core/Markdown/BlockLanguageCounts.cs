namespace AifStudy.Core.Markdown;

/// <summary>How many rendered blocks of a note are Chinese, English or mixed (see <see cref="Notes.BlockLanguage"/>).</summary>
public sealed record BlockLanguageCounts(int Chinese, int English, int Mixed)
{
    /// <summary>No blocks at all.</summary>
    public static BlockLanguageCounts None { get; } = new(0, 0, 0);

    /// <summary>
    /// True when a reader could choose a language: at least <see cref="MinimumBlocksPerLanguage"/> blocks in each.
    /// A Chinese note with one English quotation is not bilingual.
    /// </summary>
    public bool IsBilingual => Chinese >= MinimumBlocksPerLanguage && English >= MinimumBlocksPerLanguage;

    /// <summary>Blocks each language needs before the note offers a language toggle.</summary>
    public const int MinimumBlocksPerLanguage = 2;
}
