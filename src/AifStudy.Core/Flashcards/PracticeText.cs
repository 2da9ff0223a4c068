using System.Text.RegularExpressions;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// How practice questions are written in notes, shared by the cards (<see cref="PracticeCards"/>) and the quiz questions
/// (<c>PracticeQuestions</c>) made from them: fence lines, lettered options, and a line's text as the learner reads it.
/// </summary>
internal static partial class PracticeText
{
    /// <summary>True for a code fence line (<c>```</c>, <c>~~~</c>).</summary>
    public static bool IsFence(string line) => Fence().IsMatch(line);

    /// <summary>
    /// The option a line gives, with its letter upper-cased: <c>A. text</c>, <c>- B) text</c>, <c>**C.** text</c>,
    /// <c>(D) text</c>, <c>A、text</c>; null for any other line.
    /// </summary>
    public static (char Letter, string Text)? Option(string line)
    {
        var m = OptionLine().Match(line);
        return m.Success ? (char.ToUpperInvariant(m.Groups["letter"].Value[0]), Plain(m.Groups["text"].Value)) : null;
    }

    /// <summary>A line of markdown as plain text on one line.</summary>
    public static string Plain(string markdown) => CardRules.Visible(markdown.Trim()).Replace('\n', ' ').Trim();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*)?\(?(?<letter>[A-Fa-f])(?:\*\*)?\s*[\.\)、．:：]\s*(?:\*\*)?\s*(?<text>\S.*)$")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^\s*(```|~~~)")]
    private static partial Regex Fence();
}
