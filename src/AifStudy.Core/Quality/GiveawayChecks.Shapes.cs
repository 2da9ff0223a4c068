using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Giveaways by what a description says besides its meaning: the term's other name, or an opening no other option shares.</summary>
internal static partial class GiveawayChecks
{
    public static bool Alias(StudyItem item) =>
        item.IsQuestion && !item.IsPractice && item.Term is not null
        && AliasMarker().IsMatch(item.AnswerIsTerm ? QualityText.WithoutFrames(item.Prompt) : item.Answer);

    // "别名倍差法", "又称…", "also known as…", "stands for…": a description that gives the term's other name.
    [GeneratedRegex(@"别名|別名|又称|又稱|又叫|也叫|也称|也稱|亦称|亦稱|简称|簡稱|俗称|俗稱|全称|全稱|\ba\.?k\.?a\b|\balso (known as|called|named)\b|\bshort for\b|\bstands for\b", RegexOptions.IgnoreCase)]
    private static partial Regex AliasMarker();

    public static bool Opening(StudyItem item)
    {
        if (!item.IsQuestion || item.AnswerIsTerm || item.IsPractice || item.Distractors.Count < 2 || CardText.CjkCount(item.Answer) > 0)
        {
            return false;
        }

        var answer = NounPhraseLead().IsMatch(item.Answer.TrimStart());
        return item.Distractors.All(d => NounPhraseLead().IsMatch(d.TrimStart()) != answer);
    }

    // "A method to…", "The process of…", "An AI service…": a description that names what the thing is.
    [GeneratedRegex(@"^(a|an|the)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NounPhraseLead();
}
