using System.Text.RegularExpressions;

namespace AifStudy.Core.Quality;

/// <summary>Two right answers among the members of one family, when the general member is listed beside its kinds.</summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// True for a multiple-choice question on a term whose section also lists the family's general member by the same
    /// head ("Convolutional Neural Networks (CNN)" beside "Artificial Neural Networks (ANN)" and "Deep Neural Networks",
    /// "卷积神经网络" beside "人工神经网络"): what is said of the general one is true of every kind, so two options fit.
    /// </summary>
    public static bool FamilyMembers(StudyItem item)
    {
        if (item.IsPractice || item.Kind != "MultipleChoice" || item.Term is not { } term)
        {
            return false;
        }

        var name = Acronym().Replace(term, "").Trim();
        string? head = null;
        if (Flashcards.CardText.CjkCount(name) == 0)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            head = words.Length >= 2 ? string.Join(' ', words[^2..]) : null;
        }
        else if (Search.ChineseScript.ToSimplified(name) is { Length: >= 5 } simplified && simplified[^4..].All(Notes.ScriptCounts.IsCjk))
        {
            head = simplified[^4..];
        }

        if (head is null)
        {
            return false;
        }

        // Only Chinese needs the section in one script; a Latin head reads the same either way.
        var markdown = Flashcards.CardText.CjkCount(head) > 0 ? Search.ChineseScript.ToSimplified(item.Section.Markdown) : item.Section.Markdown;
        var general = false;
        var members = 0;
        for (var at = markdown.IndexOf(head, StringComparison.OrdinalIgnoreCase); at >= 0; at = markdown.IndexOf(head, at + head.Length, StringComparison.OrdinalIgnoreCase))
        {
            members++;
            general |= AfterGeneralKind(markdown, at);
        }

        return general && members >= MinFamily;
    }

    // "Artificial " or "人工" just before the head, as a word of its own ("Artificial Neural…", not "SuperArtificial Neural…").
    private static bool AfterGeneralKind(string text, int head)
    {
        var end = head;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var kind in GeneralKinds)
        {
            var start = end - kind.Length;
            if (start >= 0 && text.AsSpan(start, kind.Length).Equals(kind, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_')))
            {
                return true;
            }
        }

        return false;
    }

    private const int MinFamily = 3;

    // The member that names the whole family: "Artificial Neural Networks", "人工神经网络", "Traditional Machine Learning".
    private static readonly string[] GeneralKinds =
        ["Artificial", "Basic", "General", "Generic", "Standard", "Traditional", "Classic", "Classical", "Vanilla", "Plain", "Simple", "人工", "基础", "传统", "普通", "经典", "一般"];

    [GeneratedRegex(@"\s*[(（][^()（）]*[)）]")]
    private static partial Regex Acronym();
}
