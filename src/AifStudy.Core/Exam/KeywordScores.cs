using AifStudy.Core.Notes;

namespace AifStudy.Core.Exam;

/// <summary>
/// How strongly a text points at each task statement: every keyword it names, counted up to three times and weighted
/// by how specific the keyword is (one listed under a single task statement weighs most), the title counting double.
/// </summary>
public static class KeywordScores
{
    private const int MaxCount = 3;
    private const double TitleWeight = 2;

    // Each keyword with the tasks (indexes into ExamGuide.TaskStatements) that list it, its weight, and whether it is
    // English (matched as whole words).
    private static readonly (string Keyword, int[] Tasks, double Weight, bool Ascii)[] Keywords = Build();

    /// <summary>The scores of a section's title and own text, one per task statement in exam order.</summary>
    public static double[] Of(NoteSection section) => Score(Hits(section), _ => 1);

    /// <summary>
    /// The keywords a section's title and own text name: keyword index → count (up to three in the text, the title's
    /// counting <see cref="TitleWeight"/> times).
    /// </summary>
    public static Dictionary<int, double> Hits(NoteSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var hits = new Dictionary<int, double>();
        var title = ExamGuide.Fold(Labels.Strip(section.Title));
        var body = ExamGuide.Fold(section.PlainText);
        for (var k = 0; k < Keywords.Length; k++)
        {
            var count = (TitleWeight * Count(title, Keywords[k].Keyword, Keywords[k].Ascii)) + Count(body, Keywords[k].Keyword, Keywords[k].Ascii);
            if (count > 0)
            {
                hits[k] = count;
            }
        }

        return hits;
    }

    /// <summary>Scores per task statement from <paramref name="hits"/>, each keyword's weight times <paramref name="discount"/>(keyword).</summary>
    public static double[] Score(IReadOnlyDictionary<int, double> hits, Func<int, double> discount)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(discount);
        var scores = new double[ExamGuide.TaskStatements.Count];
        foreach (var (k, count) in hits)
        {
            foreach (var t in Keywords[k].Tasks)
            {
                scores[t] += count * Keywords[k].Weight * discount(k);
            }
        }

        return scores;
    }

    // Occurrences, up to MaxCount; an English keyword only as whole words ("rag" is not in "storage").
    private static int Count(string text, string keyword, bool ascii)
    {
        var n = 0;
        for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0 && n < MaxCount; at = text.IndexOf(keyword, at + keyword.Length, StringComparison.Ordinal))
        {
            if (!ascii || (!IsWordChar(text, at - 1) && !IsWordChar(text, at + keyword.Length)))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsWordChar(string text, int at) => at >= 0 && at < text.Length && text[at] < 128 && char.IsLetterOrDigit(text[at]);

    private static (string, int[], double, bool)[] Build()
    {
        var tasks = ExamGuide.TaskStatements;
        return tasks.SelectMany(t => t.Keywords).Distinct(StringComparer.Ordinal)
            .Select(k =>
            {
                var listed = Enumerable.Range(0, tasks.Count).Where(i => tasks[i].Keywords.Contains(k)).ToArray();
                return (k, listed, Math.Log(1 + ((double)tasks.Count / listed.Length)), k.All(c => c < 128));
            })
            .ToArray();
    }
}
