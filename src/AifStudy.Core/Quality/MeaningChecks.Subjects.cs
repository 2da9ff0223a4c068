using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>
/// Backs that say something other than what the term is: a question, a quotation, another subject, only a genus, the term's
/// own verb, a fix, a use; and an answer that trails off.
/// </summary>
internal static partial class MeaningChecks
{
    public static bool QuestionBack(StudyItem item) =>
        !item.IsQuestion && !item.AnswerIsTerm && item.Kind == "TermDefinition"
        && (item.Answer.TrimEnd().TrimEnd('"', '”', '」', '\'', '’') is var back && (back.EndsWith('?') || back.EndsWith('？')) || QuotedOnly().IsMatch(item.Answer.Trim()));

    // "\"Mix it all together.\"", "「先查再答」": the whole back is a quotation.
    [GeneratedRegex(@"^([""“][^""“”]+[""”]|「[^「」]+」|『[^『』]+』)[.。]?$")]
    private static partial Regex QuotedOnly();

    // "Target Modules" → "A modern LLM (like Llama-3) is just a stack of identical blocks": an English back that opens by
    // saying what another thing is. Acronyms are left alone ("RAG" → "The retrieval-augmented approach is…").
    private static bool OtherSubjectBack(StudyItem item)
    {
        if (DefinitionOf(item) is not { } back || item.Term is not { } term || Flashcards.CardText.CjkCount(term + back) > 0
            || Acronym().IsMatch(term.Trim()) || OpeningSubject().Match(back) is not { Success: true } opening)
        {
            return false;
        }

        var termWords = Words(term);
        return termWords.Count > 0 && !Words(opening.Groups["subject"].Value).Any(w => termWords.Any(t => t.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(t, StringComparison.Ordinal)));
    }

    // The first four letters of each word: "modules" and "module" meet.
    private static List<string> Words(string text) => [.. QualityText.Words(text).Select(w => w.Length > 4 ? w[..4] : w)];

    [GeneratedRegex(@"^(?:A|An|The)\s+(?<subject>(?:(?!(?:that|which|who|where|whose|used|for|of|in|with)\b)[\w-]+\s+){0,3}?(?!(?:that|which|who|where|whose|used|for|of|in|with)\b)[\w-]+)(?:\s*\([^)]*\))?\s+(?:(?:is|are)\s+(?:just|simply|basically|a|an|the|too|very|not|one)\b|(?:places|puts|makes|provides|means|needs|takes|gives|allows|lets|helps|causes|shows|becomes|has|have|can|will|must)\b)")]
    private static partial Regex OpeningSubject();

    [GeneratedRegex(@"^[A-Z0-9-]{2,8}s?$")]
    private static partial Regex Acronym();

    // "Tokenization" → "The input phrase is tokenized using the same tokenizer…": the back uses the term's own verb.
    private static bool OwnVerbBack(StudyItem item) =>
        DefinitionOf(item) is { } back && item.Term is { } term && IzationTerm().Match(term.Trim()) is { Success: true } m
        && Regex.IsMatch(back, $@"\b{Regex.Escape(m.Groups["stem"].Value[..^1])}[zs](e|ed|es|ing)\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^(?<stem>[A-Za-z]{3,}i[zs])ation$")]
    private static partial Regex IzationTerm();

    // "Changing ground truth" → "label new training data": what to do about it.
    [GeneratedRegex(@"^(label|use|add|remove|retrain|re-train|collect|monitor|apply|check|try|avoid|increase|reduce|decrease|make|get|keep|ensure|consider|choose|pick|define|create|deploy|update|validate|compare|measure|evaluate|fine-tune|tune|ask|give|provide|include|write|gather|clean|augment|relabel|re-label)\s+(?!of\b|to\b|for\b|data\b|set\b|case)")]
    private static partial Regex InstructionBack();

    [GeneratedRegex(@"^((best|most|well|mostly|mainly|often|commonly)\s+)?(used|useful|good|best|ideal|suited|suitable|great|generali[sz]ed)\s+(for|in|when|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UseBack();

    // "PR curve is best suited to evaluate models on…": the term said again, then only its use.
    private static bool IsUseBack(StudyItem item, string back) =>
        UseBack().IsMatch(back) || AttributesThenUse().IsMatch(back) || (item.Term is { Length: > 0 } term && OwnCopula().Match(back) is { Success: true } m
            && string.Equals(m.Groups["subject"].Value.Trim(), QualityText.Core(term).Trim(), StringComparison.OrdinalIgnoreCase) && UseBack().IsMatch(back[m.Length..]));

    // "Open-source, good for local inference": what it is like and what it suits, not what it is.
    [GeneratedRegex(@"^[\w-]+(,\s*[\w-]+)*,\s*(good|best|great|ideal|useful|suited|suitable)\s+(for|in|when|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributesThenUse();

    [GeneratedRegex(@"^(the\s+|an?\s+)?(?<subject>[^,.;:]{1,40}?)\s+(is|are)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OwnCopula();

    [GeneratedRegex(@"^(可以是|可以为|可以為|可能是|既可以|既可|可为|可為)|^(it\s+)?(can|could|may|might)\s+be\b", RegexOptions.IgnoreCase)]
    private static partial Regex CanBe();

    [GeneratedRegex(@"^((got|became|become|was|is|were|are)\s+)?(famous|well[- ]known|popular)\s+(for|through|in|as|from|after)\b|^(因|以|靠|凭|憑).{1,20}(而)?(闻名|聞名|成名|出名|走红|走紅)", RegexOptions.IgnoreCase)]
    private static partial Regex FameBack();

    private const int MaxExampleWords = 12;
    private const int MaxExampleCjk = 25;

    // "clickstreams, order of viewing, etc", "图像、语音、文本等": a few instances, trailing off.
    private static bool ExamplesOnly(string back)
    {
        var text = back.Trim().TrimEnd('.', '。', ' ');
        return EtcEnd().IsMatch(text) && (text.Contains(',') || text.Contains('、') || text.Contains('，'))
            && (CardText.CjkCount(text) > 0 ? CardText.CjkCount(text) <= MaxExampleCjk : CardText.WordCount(text) <= MaxExampleWords);
    }

    [GeneratedRegex(@"(\betc|\band so on|等等|等)$", RegexOptions.IgnoreCase)]
    private static partial Regex EtcEnd();

    // "Get a big parallel corpus...": the writer's answer trails off.
    private static bool TrailsOff(string back) => back.TrimEnd().EndsWith("...", StringComparison.Ordinal) || back.TrimEnd().EndsWith('…');

    // "a strategic extension of the traditional fine-tuning approach", "an evolution of RNNs", "F1 score" → "a measure of a
    // model's performance": the whole back, which fits its siblings as well.
    [GeneratedRegex(@"^(a|an|the)\s+(\w+\s+){0,2}(extension|evolution|variation|twist|refinement)\s+(of|on)\s+[^,;.]{1,60}\.?$|^(a|an|the)\s+(measure|metric|indicator)\s+of\s+(a\s+|the\s+)?(model|classifier|system)(['’]s|s['’])?\s+(performance|quality|accuracy)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GenusOnly();
}
