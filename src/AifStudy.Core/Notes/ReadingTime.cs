using System.Text.RegularExpressions;

namespace AifStudy.Core.Notes;

/// <summary>
/// How long a section must be on screen before it counts as read: long enough to have been skimmed, by its length. A
/// reader takes about a minute for 300 Chinese characters or 230 English words; a section is read after
/// <see cref="SkimShare"/> of that time on screen, and never in less than <see cref="Minimum"/> nor more than
/// <see cref="Maximum"/> (a long section is read after a minute and a half on screen, and its end seen).
/// </summary>
public static partial class ReadingTime
{
    /// <summary>Chinese characters a reader reads in a minute.</summary>
    public const int CharactersPerMinute = 300;

    /// <summary>English (Latin-script) words a reader reads in a minute.</summary>
    public const int WordsPerMinute = 230;

    /// <summary>The share of the reading time a section must be on screen: a skim, not a study.</summary>
    public const double SkimShare = 0.3;

    /// <summary>The least time on screen for any section: flicking past it is not reading it.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromSeconds(2);

    /// <summary>The most time on screen any section needs.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromSeconds(90);

    /// <summary>The time an attentive reader takes to read <paramref name="text"/> (plain text).</summary>
    public static TimeSpan ToRead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = text.Count(ScriptCounts.IsCjk);
        var words = Word().Count(text);
        return TimeSpan.FromMinutes((characters / (double)CharactersPerMinute) + (words / (double)WordsPerMinute));
    }

    /// <summary>How long a section of <paramref name="text"/> must be on screen to count as read.</summary>
    public static TimeSpan OnScreen(string text)
    {
        var skim = ToRead(text) * SkimShare;
        return skim < Minimum ? Minimum : skim > Maximum ? Maximum : skim;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*")]
    private static partial Regex Word();
}
