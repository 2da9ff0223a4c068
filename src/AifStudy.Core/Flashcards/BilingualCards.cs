using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>English sentence on the front, its Chinese translation on the back, from notes written as EN/ZH pairs.</summary>
internal static class BilingualCards
{
    private const int MinWords = 4;

    public static IEnumerable<CardDraft> From(NoteSection section) =>
        section.BilingualPairs
            .Where(p => CardText.WordCount(p.English) >= MinWords)
            .Select(p => new CardDraft(CardKind.BilingualPair, CardText.Escape(p.English.Trim()), CardText.Escape(p.Chinese.Trim()), section, p.English));
}
