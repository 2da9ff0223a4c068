using System.Text;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Judges a typed cloze answer: case, full-width/half-width forms (NFKC), runs of whitespace and punctuation around
/// the answer do not matter; anything else does.
/// </summary>
public static class AnswerMatcher
{
    /// <summary>True when <paramref name="typed"/> equals one of <paramref name="accepted"/> after <see cref="Normalize"/>.</summary>
    public static bool IsCorrect(string typed, IEnumerable<string> accepted)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(accepted);
        var answer = Normalize(typed);
        return answer.Length > 0 && accepted.Any(a => Normalize(a) == answer);
    }

    /// <summary>NFKC, lower case, surrounding whitespace and punctuation removed, inner whitespace collapsed to one space.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        var result = sb.ToString();
        var start = 0;
        var end = result.Length;
        while (start < end && IsEdge(result[start]))
        {
            start++;
        }

        while (end > start && IsEdge(result[end - 1]))
        {
            end--;
        }

        return result[start..end];
    }

    private static bool IsEdge(char ch) => char.IsPunctuation(ch) || char.IsWhiteSpace(ch) || ch is '「' or '」';
}
