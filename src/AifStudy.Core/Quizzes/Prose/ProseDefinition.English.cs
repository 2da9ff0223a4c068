using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>
/// English definitions written as sentences, in a paragraph or a list item: "A transformer is a neural network
/// architecture that…", "temperature is a scaling factor that impacts the probability distribution". Read only where
/// the subject is plainly a term the note is about (an acronym, a heading's or a bold term's words, or a name the note
/// keeps using) and the predicate names a kind ("a/an …", "the process of …").
/// </summary>
internal sealed partial record ProseDefinition
{
    private const int MaxEnglishTermWords = 4;
    private const int MinEnglishDefinitionWords = 4;
    private const int MaxEnglishDefinitionWords = 30;
    private const int MinEnglishMentions = 3;

    // Subjects that are not terms: pronouns, determiners, discourse and evaluation words.
    private static readonly HashSet<string> NotEnglishTermStarts = new(
        ["it", "this", "that", "these", "those", "there", "here", "what", "which", "who", "one", "each", "every", "our", "my", "your", "we", "i",
         "they", "he", "she", "some", "any", "all", "most", "many", "another", "other", "such", "why", "how", "when", "where", "so", "but", "and",
         "or", "if", "then", "also", "thus", "hence", "result", "goal", "answer", "question", "problem", "key", "idea", "point", "difference",
         "reason", "benefit", "advantage", "disadvantage", "challenge", "step", "first", "second", "third", "last", "next", "main", "example",
         "best", "important", "note", "purpose", "aim", "solution", "approach", "way", "trick", "issue", "output", "input", "default", "final",
         "only", "same", "following", "above", "below", "former", "latter", "rest", "whole", "overall", "today", "now", "both", "either",
         "neither", "not", "no", "anycompany", "company", "customer", "user", "team", "student", "someone", "its", "their", "his", "her", "a", "an", "the", "in", "on", "for", "with", "by", "from", "to", "as", "at", "of"],
        StringComparer.OrdinalIgnoreCase);

    // Predicates that judge or count rather than name a kind: "a lot of", "a good idea", "the best…".
    private static readonly HashSet<string> NotKindWords = new(
        ["lot", "few", "bit", "little", "must", "good", "great", "big", "huge", "key", "common", "problem", "challenge", "question", "difficult",
         "important", "very", "interesting", "popular", "powerful", "simple", "useful", "nice", "cool", "hard", "easy", "major", "critical",
         "crucial", "bad", "better", "worse", "best", "worst", "same", "first", "second", "last", "next", "only", "main", "reason", "result",
         "number", "example", "case", "part", "kind", "sort", "type", "thing", "matter", "lot", "couple", "pain", "mess", "trade-off", "tradeoff", "natural", "normal", "inevitable", "essential", "necessary",
         "fundamental", "different", "new", "nice", "real", "huge", "swiss"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:(?:The|An?)\s+)?(?<term>[A-Za-z][\w\-/.]*(?:[ \-][A-Za-z0-9][\w\-/.]*){0,3}?)\s+(?<copula>is|are|refers to|is defined as)\s+(?<definition>(?:an?\s|the (?:process|practice|act|technique|method|task|study|field|ability|measure|ratio|fraction|proportion|probability|set|branch|use) of\s).+?)\s*\.?$")]
    private static partial Regex EnglishCopula();

    /// <summary>The English definitions of <paramref name="section"/>'s <paramref name="paragraphs"/> (their sentences) and list items, in order.</summary>
    internal static IEnumerable<ProseDefinition> English(NoteSection section, IReadOnlyList<IReadOnlyList<string>> paragraphs, string noteText)
    {
        if (!CardText.IsEnglish(section.PlainText))
        {
            yield break;
        }

        var sentences = paragraphs.SelectMany(s => s)
            .Concat(ItemTree.All(section.ListItems).Where(i => HasCopula(i.Item.Text)).Select(i => Sentences.Of(i.Item.Text.Split('\n')[0]) is { Count: > 0 } first ? first[0] : ""));
        foreach (var sentence in sentences)
        {
            if (FromEnglish(sentence, section, noteText) is { } d)
            {
                yield return d;
            }
        }
    }

    private static bool HasCopula(string text) =>
        text.Contains(" is ", StringComparison.Ordinal) || text.Contains(" are ", StringComparison.Ordinal) || text.Contains(" refers to ", StringComparison.Ordinal);

    internal static ProseDefinition? FromEnglish(string sentence, NoteSection section, string noteText)
    {
        var text = sentence.Trim();
        if (text.Length == 0 || CardText.CjkCount(text) > 0 || EnglishCopula().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var term = m.Groups["term"].Value.Trim();
        var definition = m.Groups["definition"].Value.Trim();
        var termWords = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var definitionWords = definition.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (termWords.Length > MaxEnglishTermWords || NotEnglishTermStarts.Contains(termWords[0]) || NotEnglishTermStarts.Contains(termWords[^1])
            || definitionWords.Length is < MinEnglishDefinitionWords or > MaxEnglishDefinitionWords || NotKindWords.Contains(definitionWords[1].Trim(',', '.'))
            || !IsKnownEnglish(term, section, noteText) || IsStruckThrough(text, section.Markdown))
        {
            return null;
        }

        // "A transformer is…": the term as the note names it, with a capital only where the note gives one.
        term = char.IsUpper(term[0]) && !char.IsUpper(term.Length > 1 ? term[1] : 'a') && !noteText.Contains(term, StringComparison.Ordinal)
            ? char.ToLowerInvariant(term[0]) + term[1..]
            : term;
        return IsDefinition(term, definition) ? new ProseDefinition(term, definition, sentence, section) : null;
    }

    // An acronym ("RNN", "BERT"), a term a heading or a bold span names, or one the note keeps using.
    private static bool IsKnownEnglish(string term, NoteSection section, string noteText) =>
        (term.Length >= 2 && term.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-') && term.Any(char.IsAsciiLetterUpper))
        || section.Path.Any(t => CardText.ContainsNormalized(t, term))
        || section.BoldTerms.Any(b => CardText.Normalize(b) == CardText.Normalize(term))
        || Mentions(noteText, term) >= MinEnglishMentions;

    private static int Mentions(string text, string term)
    {
        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + term.Length >= text.Length || !char.IsLetterOrDigit(text[at + term.Length]) || text[at + term.Length] == 's';
            count += before && after ? 1 : 0;
        }

        return count;
    }
}
