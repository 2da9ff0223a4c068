using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// A sentence with one bold term blanked: <c>［……］</c> (Chinese) or <c>[...]</c> (English) on the front, the sentence
/// with the term in bold on the back. Only where the rest of the sentence still says enough to recall the term.
/// </summary>
internal static partial class ClozeCards
{
    private const int MaxTermLength = 20;
    private const int MaxTermWords = 5;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        // A term already asked as "term：definition" would be blanked at the start of its own definition.
        var defined = section.Definitions.Select(d => CardText.Normalize(d.Term)).ToHashSet(StringComparer.Ordinal);
        foreach (var paragraph in BoldText.Read(section.Markdown))
        {
            foreach (var sentence in Sentences.Split(paragraph.Text))
            {
                foreach (var bold in paragraph.Bold)
                {
                    if (Cloze(section, paragraph.Text, sentence, bold, defined, paragraph.RowHeader) is { } card)
                    {
                        yield return card;
                    }
                }
            }
        }
    }

    // A blank stands for a term or a short phrase, not for half the sentence or a list ("accurately, reliably, and smoothly").
    private static bool IsTermSized(string term) =>
        term.Length >= 2 && term.IndexOfAny([',', '，', '、', ';', '；']) < 0
        && (TermCards.CoreTerm(term).Length <= MaxTermLength || (CardText.CjkCount(term) == 0 && CardText.WordCount(term) <= MaxTermWords));

    private static CardDraft? Cloze(NoteSection section, string text, Range sentence, Range bold, HashSet<string> defined, string? rowHeader)
    {
        var (start, length) = sentence.GetOffsetAndLength(text.Length);
        var (termStart, termLength) = bold.GetOffsetAndLength(text.Length);
        if (termStart < start || termStart + termLength > start + length)
        {
            return null;
        }

        var term = text.Substring(termStart, termLength).Trim();
        var before = text[start..termStart];
        var after = text[(termStart + termLength)..(start + length)];
        var rest = before + after;
        // A year or a figure is recallable only beside the event that fixes it ("［……］，Waymo 推出…"), not beside a trend
        // any year fits ("［……］，AI 的應用更加普及").
        if (Figure().IsMatch(term) && !ProperName().IsMatch(rest))
        {
            return null;
        }

        if (!IsTermSized(term)
            || defined.Contains(CardText.Normalize(term))
            || !CardText.HasContext(rest)
            || CardText.ContainsNormalized(rest, term))
        {
            return null;
        }

        var english = CardText.IsEnglish(rest);

        // A table cell names its subject in the row's first cell: "SVM: A classic algorithm used for both [...]."
        if (rowHeader is not null && !CardText.ContainsNormalized(rest, rowHeader))
        {
            if (CardText.ContainsNormalized(rowHeader, term) || CardText.ContainsNormalized(term, rowHeader))
            {
                return null;
            }

            before = rowHeader + (english ? ": " : "：") + before.TrimStart();
        }

        var blank = english ? @"\[...\]" : "［……］";
        var front = CardText.Escape(before.TrimStart()) + blank + CardText.Escape(after.TrimEnd());
        var back = CardText.Escape(before.TrimStart()) + "**" + CardText.Escape(term) + "**" + CardText.Escape(after.TrimEnd());
        return new CardDraft(CardKind.Cloze, front, back, section, $"{before}{term}{after}|{term}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    // A capitalised Latin name ("Waymo", "GPT-2", "BERT") or a title in 《》; not "AI", "ML", "NLP" or "LLM".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z0-9])(?!(?:AI|ML|NLP|LLMs?|GenAI)(?![A-Za-z0-9]))[A-Z][A-Za-z0-9\-]+|《[^》]+》")]
    private static partial System.Text.RegularExpressions.Regex ProperName();
}
