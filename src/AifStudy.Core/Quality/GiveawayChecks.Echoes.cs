using System.Text.RegularExpressions;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>Answers given away by echoes of the term: its own characters unpacked, or a number only the right option carries.</summary>
internal static partial class GiveawayChecks
{
    /// <summary>
    /// True for a term → definition card or a "which describes" question whose right description is short and holds
    /// every character of the term's Chinese (three or more): "均方誤差" → "對誤差平方後取平均" unpacks the name, and the
    /// learner reads the answer off it.
    /// </summary>
    public static bool TermUnpacked(StudyItem item)
    {
        if (item.IsPractice || item.AnswerIsTerm || item.StatementIsTrue is not null || item.Term is not { } term || item.Kind is not ("TermDefinition" or "MultipleChoice"))
        {
            return false;
        }

        var chinese = ChineseScript.ToSimplified(term).Where(ScriptCounts.IsCjk).Distinct().ToList();
        var answer = ChineseScript.ToSimplified(item.Answer);
        var answerCjk = answer.Count(ScriptCounts.IsCjk);
        return chinese.Count >= 3 && answerCjk <= chinese.Count * 5 / 2 && chinese.All(c => answer.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>
    /// True for a multiple-choice question where a number the learner reads in the prompt appears in the right option
    /// and in no wrong one: "4-bit" in the description and "NF4 量化" among names without a 4.
    /// </summary>
    public static bool Number(StudyItem item)
    {
        if (item.IsPractice || item.StatementIsTrue is not null || item.Options.Count < 3)
        {
            return false;
        }

        var prompt = QualityText.WithoutFrames(item.Prompt) + (item.AnswerIsTerm ? "" : " " + item.Term);
        var numbers = Digits().Matches(prompt).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return numbers.Any(n => HasNumber(item.Answer, n) && !item.Distractors.Any(d => HasNumber(d, n)));
    }

    /// <summary>
    /// True for a "which describes" question whose term has a capital letter standing alone ("K-Means", "X-Ray") that the
    /// right description alone repeats ("將數據分成 K 個簇").
    /// </summary>
    public static bool Letter(StudyItem item)
    {
        if (item.IsPractice || item.AnswerIsTerm || item.StatementIsTrue is not null || item.Options.Count < 3 || item.Term is not { } term)
        {
            return false;
        }

        var letters = SingleCapital().Matches(term).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return letters.Any(l => HasLetter(item.Answer, l) && !item.Distractors.Any(d => HasLetter(d, l)));
    }

    private static bool HasLetter(string text, string letter) => SingleCapital().Matches(text).Any(m => m.Value == letter);

    // A capital with no letter beside it: the K of "K-Means", "K 个簇", "top-K"; not the A of "AWS".
    [GeneratedRegex(@"(?<![A-Za-z])[A-Z](?![A-Za-z])")]
    private static partial Regex SingleCapital();

    private static bool HasNumber(string text, string number) => Digits().Matches(text).Any(m => m.Value == number);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
