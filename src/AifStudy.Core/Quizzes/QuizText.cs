using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes;

/// <summary>Comparisons that keep options apart and prompts in the note's language.</summary>
internal static class QuizText
{
    private const double NearEqualDice = 0.8;
    private const int MinChinese = 4;

    /// <summary>
    /// True when two options would read as the same answer: equal after normalising case, width and punctuation,
    /// one containing the other, or nearly the same characters.
    /// </summary>
    public static bool IsNearEqual(string a, string b)
    {
        var x = CardText.Normalize(a);
        var y = CardText.Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return x == y;
        }

        return x == y
            || x.Contains(y, StringComparison.Ordinal)
            || y.Contains(x, StringComparison.Ordinal)
            || CardSimilarity.DiceOfNormalized(x, y) >= NearEqualDice;
    }

    /// <summary>True when <paramref name="text"/> is near-equal to any of <paramref name="others"/>.</summary>
    public static bool IsNearAny(string text, IEnumerable<string> others) => others.Any(o => IsNearEqual(text, o));

    /// <summary>
    /// True when a prompt about <paramref name="text"/> should be English: it has hardly any Chinese (a Chinese note
    /// quoting English names is still Chinese).
    /// </summary>
    public static bool IsEnglish(string text) => CardText.CjkCount(text) < MinChinese;

    /// <summary>True when a short label ("FM 的示例", "Other generative models") has no Chinese at all.</summary>
    public static bool IsEnglishLabel(string label) => CardText.CjkCount(label) == 0;

    /// <summary>
    /// True for an AWS offering ("Amazon Bedrock 代理", "AWS Config", "SageMaker Clarify"): as an option among concepts,
    /// or a concept among services, it is picked by category.
    /// </summary>
    public static bool IsAwsName(string term) =>
        term.StartsWith("Amazon ", StringComparison.OrdinalIgnoreCase) || term.StartsWith("AWS ", StringComparison.OrdinalIgnoreCase)
        || term.StartsWith("SageMaker", StringComparison.OrdinalIgnoreCase) || term.StartsWith("Bedrock", StringComparison.OrdinalIgnoreCase);

    /// <summary>How far apart two lengths are, as a ratio: 0 for equal lengths.</summary>
    public static double LengthGap(string a, string b) =>
        Math.Abs(Math.Log((double)Math.Max(a.Length, 1) / Math.Max(b.Length, 1)));

    /// <summary>
    /// True when one name holds the other (嵌入 in 向量嵌入, "Embedding" in "Vector Embedding"): a kind and its whole, whose
    /// descriptions both fit the narrower one, so neither may stand as the other's wrong option.
    /// </summary>
    public static bool Nests(string a, string b)
    {
        var x = Flashcards.TermCards.CoreTerm(Search.ChineseScript.ToSimplified(a)).Trim();
        var y = Flashcards.TermCards.CoreTerm(Search.ChineseScript.ToSimplified(b)).Trim();
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length == longer.Length)
        {
            return false;
        }

        var chinese = new string([.. shorter.Where(Notes.ScriptCounts.IsCjk)]);
        if (chinese.Length >= 2 && chinese.Length == shorter.Length)
        {
            return longer.Contains(chinese, StringComparison.Ordinal);
        }

        // Whole words in order: "Embedding" in "Vector Embedding", not "art" in "smart".
        var inner = Words(shorter);
        var outer = Words(longer);
        return inner.Length > 0 && inner.Length <= outer.Length && inner.Sum(w => w.Length) >= MinNestedLetters
            && Enumerable.Range(0, outer.Length - inner.Length + 1).Any(i => inner.AsSpan().SequenceEqual(outer.AsSpan(i, inner.Length)));
    }

    private const int MinNestedLetters = 3;

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', '_', '/', '(', ')', '（', '）'], StringSplitOptions.RemoveEmptyEntries);
}
