using System.Text.RegularExpressions;

namespace AifStudy.Core.Quality;

/// <summary>Backs that say something other than what the term is: a question, a quotation, another subject, only a genus.</summary>
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

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value.Length > 4 ? m.Value[..4] : m.Value).Where(w => w.Length >= 3)];

    [GeneratedRegex(@"^(?:A|An|The)\s+(?<subject>[^,;:()]{1,40}?)(?:\s*\([^)]*\))?\s+(?:is|are)\s+(?:just\s+|simply\s+|basically\s+)?(?:a|an|the)\b")]
    private static partial Regex OpeningSubject();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[A-Z0-9-]{2,8}s?$")]
    private static partial Regex Acronym();

    // "a strategic extension of the traditional fine-tuning approach", "an evolution of RNNs": the whole back.
    [GeneratedRegex(@"^(a|an|the)\s+(\w+\s+){0,2}(extension|evolution|variation|twist|refinement)\s+(of|on)\s+[^,;.]{1,60}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GenusOnly();
}
