using System.Text.RegularExpressions;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>
/// Names that lists of the same kind give to one idea: "Diversity" and "Inclusivity" of a dataset, "Sustainability"
/// and "Environmental considerations" of a model. Offered side by side as options, both fit a description of either.
/// Small by design: the pairs the reviews found, as word stems (English) and words (Chinese, in Simplified).
/// </summary>
internal static partial class NearSynonyms
{
    private static readonly string[][] Groups =
    [
        ["divers", "inclusi", "inclusion", "representativ", "多样", "包容", "代表性"],
        ["sustainab", "environment", "carbon", "可持续", "环境", "碳排"],
        ["harmless", "non-toxic", "无害"],
        ["faithful", "grounded", "忠实", "忠誠", "忠诚", "有据", "基于事实"],
        ["speech recognition", "speech-to-text", "speech to text", "transcription", "transcribe", "语音识别", "语音转文字", "语音转文本", "语音转写"],
    ];

    /// <summary>True when two of <paramref name="options"/> name the same idea in different words.</summary>
    public static bool AnyPair(IReadOnlyList<string> options)
    {
        var groups = options.Select(GroupOf).Where(g => g >= 0).ToList();
        return groups.Count != groups.Distinct().Count();
    }

    /// <summary>
    /// True when a wrong description speaks of <paramref name="term"/>'s idea in its near-synonym's words: for
    /// "Diversity", Inclusivity's "Representing diverse populations…" fits as well as the right one.
    /// </summary>
    public static bool Echoed(string term, IEnumerable<string> distractors)
    {
        var group = GroupOf(term);
        return group >= 0 && distractors.Any(d => GroupOf(d) == group);
    }

    private static int GroupOf(string option)
    {
        var simplified = ChineseScript.ToSimplified(option).ToLowerInvariant();
        var words = Word().Matches(simplified).Select(m => m.Value).ToList();
        for (var g = 0; g < Groups.Length; g++)
        {
            // A Chinese word or an English phrase anywhere; an English stem at the start of a word.
            if (Groups[g].Any(s => s.Any(Notes.ScriptCounts.IsCjk) || s.Contains(' ', StringComparison.Ordinal) || s.Contains('-', StringComparison.Ordinal)
                ? simplified.Contains(s, StringComparison.Ordinal)
                : words.Any(w => w.StartsWith(s, StringComparison.Ordinal))))
            {
                return g;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"[a-z][a-z-]*")]
    private static partial Regex Word();
}
