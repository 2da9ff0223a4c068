using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Giveaways by what a description says besides its meaning or by its shape: the term's other name, an opening no other option shares, the option that starts with its own term, length, kind, a fragment.</summary>
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

    public static bool StartsWithTerm(StudyItem item) =>
        !item.IsPractice && item.Options.Count >= 3 && !item.AnswerIsTerm && item.Options.Any(o => OwnTermLead().IsMatch(o));

    public static bool Length(StudyItem item)
    {
        if (item.Options.Count < 3 || item.Distractors.Count == 0)
        {
            return false;
        }

        int Len(string s) => s.Trim().Length;
        var answer = Len(item.Answer);
        var longest = item.Distractors.Max(Len);
        var shortest = item.Distractors.Min(Len);
        var endsSentence = (string s) => s.TrimEnd().EndsWith('。') || s.TrimEnd().EndsWith('.');
        return (answer >= LengthRatio * longest && answer - longest >= LengthGap)
            || (shortest >= LengthRatio * answer && shortest - answer >= LengthGap)
            || (endsSentence(item.Answer) && !item.Distractors.Any(endsSentence))
            || (!endsSentence(item.Answer) && item.Distractors.All(endsSentence));
    }

    // Names against names: a task among models, a heading fragment among use cases. (Descriptions are all descriptions.)
    // Descriptions against a condition: "Occurs when a model does not identify…" (a failure mode) among the steps of a
    // lifecycle ("A step to label…", "A method to select…") is ruled out on sight.
    public static bool OffKind(StudyItem item) =>
        (item.AnswerIsTerm && item.Options.Count >= 3 && item.Distractors.Any(d => QualityText.IsNameLike(d) != QualityText.IsNameLike(item.Answer)))
        || (!item.AnswerIsTerm && !item.IsPractice && item.Options.Count >= 3 && !ConditionLead().IsMatch(item.Answer.TrimStart())
            && item.Distractors.Any(d => ConditionLead().IsMatch(d.TrimStart())));

    [GeneratedRegex(@"^(occurs|happens|arises) (when|if)\b|^(when|if|whenever) \w|^(当|當|如果|若)\S{1,20}(时|時)", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionLead();

    // "Plots true positive rate against false positive rate" with ROC Curve the only chart among single-number metrics: the
    // description's kind picks the name without its meaning.
    // "Mostly broad contextual" among "3-4 chunks per meeting", "1-3 topics", "30 minutes = ~3,366 tokens": the one
    // description without a figure, among figures, is picked by its kind too.
    public static bool Kind(StudyItem item) =>
        (item.AnswerIsTerm && !item.IsPractice && item.Options.Count >= 3
            && VisualWord().IsMatch(QualityText.WithoutFrames(item.Prompt)) && VisualName().IsMatch(item.Answer)
            && !item.Distractors.Any(d => VisualName().IsMatch(d)))
        || (!item.AnswerIsTerm && !item.IsPractice && item.Options.Count >= 3
            && !item.Answer.Any(char.IsAsciiDigit) && item.Distractors.All(d => d.Any(char.IsAsciiDigit)));

    [GeneratedRegex(@"\b(plots?|plotted|plotting|graphs?|graphed|charts?|charted|curves?|diagrams?|visuali[sz](e|es|ed|ing|ation))\b|绘制|繪製|画出|畫出|曲线|曲線|图表|圖表|图形|圖形", RegexOptions.IgnoreCase)]
    private static partial Regex VisualWord();

    [GeneratedRegex(@"\b(plots?|graphs?|charts?|curves?|diagrams?|histograms?|heat ?maps?)\b|曲线|曲線|图表|圖表|直方图|直方圖|热力图|熱力圖", RegexOptions.IgnoreCase)]
    private static partial Regex VisualName();

    public static bool Fragment(StudyItem item) =>
        item.Options.Count >= 3 && (item.Options.Any(o => FragmentStart().IsMatch(o) || FragmentEnd().IsMatch(o.TrimEnd()))
            || (item.AnswerIsTerm && item.Kind == "MultipleChoice" && FragmentStart().IsMatch(MeaningChecks.Description(item).TrimStart())));



    // "算力指的是…", "数据是…", "Amazon Bedrock is a…", "RAG: …" (not "可能指…", "通常是…": no term before them).
    [GeneratedRegex(@"^(?!(?:可能|通常|主要|一般|往往|常常|常|多|也|还|還|即|就|都|只|仅|僅|则|則)(?:指|是))[^，。,；;：:\s]{1,12}(指的是|是指|是一种|是一个|是|指)|^[A-Za-z][\w\- ]{0,30}\b(is|are|refers to)\b|^[^，。,；;]{1,20}[：:]")]
    private static partial Regex OwnTermLead();

    [GeneratedRegex(@"^(然后|并且|並且|而且|以及|或者|但是|所以|因此|和|或|但|and |or |but |so |then |which |that |to |(both|either) (when|while|at|in|on|before|after|during) |neither )", RegexOptions.IgnoreCase)]
    private static partial Regex FragmentStart();

    [GeneratedRegex(@"\b(must|to|the|a|an|of|and|or|with|for|by|is|are|can|will|should|which|that)$|[的和与及、，,…]$|\.\.\.$", RegexOptions.IgnoreCase)]
    private static partial Regex FragmentEnd();

    /// <summary>
    /// True for a question whose right description opens with the words the term's capitals abbreviate ("LoRA" →
    /// "Low-Rank Adaptation - efficient fine-tuning…", "RAG" → "Retrieval-Augmented Generation: …"): matching letters to
    /// words picks it without knowing the concept.
    /// </summary>
    public static bool Expansion(StudyItem item)
    {
        if (!item.IsQuestion || item.IsPractice || item.Term is not { } term || item.Kind != "MultipleChoice")
        {
            return false;
        }

        var core = QualityText.Core(term).Trim();
        var capitals = new string([.. core.Where(char.IsAsciiLetterUpper)]);
        if (capitals.Length is < 2 or > 6 || core.Length > 8 || core.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var description = item.AnswerIsTerm ? MeaningChecks.Description(item) : item.Answer;
        var words = ExpansionWord().Matches(description).Take(capitals.Length).Select(m => char.ToUpperInvariant(m.Value[0]));
        return string.Concat(words) == capitals;
    }

    [GeneratedRegex(@"(?<![\p{L}'])\p{L}[\p{L}']*")]
    private static partial Regex ExpansionWord();
}
