using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary><c>benefit-as-definition</c>: a benefit, a trait or a bare aim given as what a term is.</summary>
internal static partial class MeaningChecks
{
    public static bool BenefitAsDefinition(StudyItem item) =>
        (!item.IsPractice && !item.AnswerIsTerm && item.Kind is "TermDefinition" or "MultipleChoice" or "TrueFalse"
            && (BenefitLead().IsMatch(item.Answer.TrimStart()) || (TraitLead().IsMatch(item.Answer.TrimStart()) && CardText.CjkCount(item.Answer) <= MaxTrait)))
        || PurposeOnly(item) || UseOnly(item);

    // "Accuracy / F1 / EM" → "For classification, QA, and math.": what a thing is used for, in a few words, not what it is.
    private static bool UseOnly(StudyItem item) =>
        !item.IsPractice && item.Kind is "TermDefinition" or "MultipleChoice"
        && (item.AnswerIsTerm ? Description(item) : item.Answer).Trim() is var text
        && UseLead().IsMatch(text) && CardText.CjkCount(text) == 0 && CardText.WordCount(text) <= MaxPurposeWords;

    [GeneratedRegex(@"^for\s+(?!example|instance)|^when\s+.{0,40}\b(are|is)\s+(costly|expensive|important|needed|required|critical|preferred|rare|imbalanced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UseLead();

    // "label编码" → "提高模型训练时的速度。": one aim in one clause, which any number of techniques share.
    private static bool PurposeOnly(StudyItem item)
    {
        if (item.IsPractice || item.Kind is not ("TermDefinition" or "MultipleChoice" or "TrueFalse"))
        {
            return false;
        }

        var text = (item.AnswerIsTerm ? Description(item) : item.Answer).Trim().TrimEnd('。', '.', '；', ';');
        return PurposeLead().IsMatch(text) && text.AsSpan().IndexOfAny("，,；;、") < 0
            && (CardText.CjkCount(text) > 0 ? CardText.CjkCount(text) <= MaxPurposeChinese : CardText.WordCount(text) <= MaxPurposeWords);
    }

    private const int MaxPurposeChinese = 12;
    private const int MaxPurposeWords = 8;

    [GeneratedRegex(@"^(提高|提升|加快|加速|增加|增强|增強|减少|減少|降低|避免|防止|(improves?|increases?|reduces?|speeds? up|avoids?|prevents?|boosts?|enhances?)\b)(?!\p{IsCJKUnifiedIdeographs}*[的之]\p{IsCJKUnifiedIdeographs}*(方法|技术|技術|过程|過程|算法))", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeLead();

    // "注重安全和可控性" says what Claude cares about, not what Claude is; a longer back may go on to say it.
    private const int MaxTrait = 12;

    [GeneratedRegex(@"^(注重|重视|重視|强调|強調|侧重|側重|专注于|專注於|擅长|擅長|以.{1,6}见长|以.{1,6}見長)")]
    private static partial Regex TraitLead();

    [GeneratedRegex(@"^(easier|better|faster|cheaper|simpler|quicker|lower|higher|greater|improved|reduced|increased|more|less|fewer|may|might|could|can lead)\b|^(更|更加|较|較|比较|比較)", RegexOptions.IgnoreCase)]
    private static partial Regex BenefitLead();
}
