using AifStudy.Tests.Shared;
using System.Globalization;
using System.Text;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>Every card of each real note compared with a reviewed golden file (read it as a learner would).</summary>
public sealed class CardGoldenTests
{
    [Theory]
    [MemberData(nameof(RealNotes.Files), MemberType = typeof(RealNotes))]
    public void Cards_of_a_real_note_match_the_reviewed_golden_file(string fileName)
    {
        var cards = RealNotes.Cards(fileName);

        var golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "AifStudy.Core.Tests", "Flashcards", "Golden", Path.GetFileNameWithoutExtension(fileName) + ".cards.md");
        Golden.AssertMatchesFile(Format(cards), golden);
    }

    internal static string Format(IReadOnlyList<GeneratedCard> cards)
    {
        var sb = new StringBuilder();
        var counts = cards.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        sb.Append(CultureInfo.InvariantCulture, $"<!-- {cards.Count} cards: {string.Join(", ", counts)} -->\n");
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            sb.Append(CultureInfo.InvariantCulture, $"\n## {i + 1}. {card.Kind} · #{card.SectionAnchor} · {card.Key}\n\n");
            sb.Append("**Q:**\n\n").Append(card.Front).Append("\n\n**A:**\n\n").Append(card.Back).Append('\n');
        }

        return sb.ToString();
    }
}
