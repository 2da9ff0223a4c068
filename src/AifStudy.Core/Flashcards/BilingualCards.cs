using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>English sentence on the front, its Chinese translation on the back, from notes written as EN/ZH pairs.</summary>
internal static class BilingualCards
{
    private const int MinWords = 4;

    public static IEnumerable<CardDraft> From(NoteSection section) =>
        section.BilingualPairs
            .Where(p => CardText.WordCount(p.English) >= MinWords)
            .Select(p => new CardDraft(CardKind.BilingualPair, Front(section, p.English.Trim()), CardText.Escape(p.Chinese.Trim()), section, p.English));

    // "can be optimized through …" lost its subject to the heading ("3. Optimization 最佳化"): the heading's English part gives it back.
    private static string Front(NoteSection section, string english)
    {
        if (!char.IsLower(english[0]))
        {
            return CardText.Escape(english);
        }

        var title = CardText.StripNumber(section.Title);
        var subject = CardText.SplitHeading(title).Latin.TrimEnd('(', '（').Trim();
        return subject.Length == 0 ? CardText.Escape(english) : $"{CardText.Escape(subject)}: {CardText.Escape(english)}";
    }
}
