using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Term cards from a bilingual note's definition pairs: an English sentence that defines its section's term
/// ("Tokens are the basic units of text…") and its Chinese translation. The front asks for the term in both languages
/// where the heading gives both ("Tokens" / "Embeddings and Vector 嵌入和向量"); the back shows the defining sentence in both.
/// A pair that defines nothing (a translation of an ordinary sentence) gives no card.
/// </summary>
internal static partial class BilingualTermCards
{
    private const int MaxTermWords = 5;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        var title = CardText.StripNumber(section.Title);
        foreach (var pair in section.BilingualPairs)
        {
            var english = pair.English.Trim();
            if (Definition().Match(english) is not { Success: true } m)
            {
                continue;
            }

            var term = m.Groups["term"].Value.Trim();
            if (CardText.WordCount(term) > MaxTermWords || !CardText.ContainsNormalized(title, Singular(term)))
            {
                continue;
            }

            var chineseTitle = CardText.SplitHeading(title).Chinese;
            var context = chineseTitle.Length > 0 ? chineseTitle : null;
            var front = $"“{CardText.Escape(term)}”指什么？" + (context is null ? "" : $"（{CardText.Escape(context)}）");
            // The defining sentence in English and what the note says of it in Chinese (two sentences at most), not the
            // whole paragraph twice.
            var back = CardText.Escape(First(english)) + "\n\n" + CardText.Escape(FirstTwo(pair.Chinese.Trim()));
            yield return new CardDraft(CardKind.TermDefinition, front, back, section, term) { Context = context };
        }
    }

    private static string FirstTwo(string paragraph) =>
        Sentences.Of(paragraph) is { Count: > 2 } sentences && !Abbreviation().IsMatch(sentences[1]) ? sentences[0] + sentences[1] : paragraph;

    // "…, e.g." ends no sentence: then the paragraph stays whole.
    private static string First(string paragraph) =>
        Sentences.Of(paragraph) is [var first, ..] && first.Length > 0 && !Abbreviation().IsMatch(first) ? first : paragraph;

    [GeneratedRegex(@"\b(e\.g|i\.e|etc|vs|approx)\.$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    private static string Singular(string term) => term.EndsWith('s') && term.Length > 3 ? term[..^1] : term;

    // "Tokens are …", "An embedding is …", "Fine-tuning refers to …".
    [GeneratedRegex(@"^(?:(?:A|An|The)\s+)?(?<term>[A-Z][A-Za-z0-9\-]*(?:\s+[A-Za-z0-9\-()]+){0,4}?)\s+(?:is|are|refers to|means)\s+(?:a|an|the)?\s*\S")]
    private static partial Regex Definition();
}
