using AifStudy.Core.Flashcards;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>
/// The import asks for cards with no drop report, and then the generator drafts only the kinds that are on; the cards it
/// writes must be the very ones the reported generation (every kind drafted, the rest dropped as "kind-off") keeps.
/// </summary>
public sealed class UnreportedGenerationTests
{
    [Theory]
    [MemberData(nameof(RealNotes.Files), MemberType = typeof(RealNotes))]
    public void Drafting_only_the_kinds_that_are_on_writes_the_same_cards(string fileName)
    {
        var note = RealNotes.Parse(fileName);
        var report = new GenerationReport();
        var reported = CardGenerator.Generate(note, "n", report);
        var unreported = CardGenerator.Generate(note, "n");

        Assert.NotEmpty(unreported);
        Assert.Equal(reported.Select(c => (c.Kind, c.Key, c.Front, c.Back)), unreported.Select(c => (c.Kind, c.Key, c.Front, c.Back)));
        Assert.True(report.Dropped.GetValueOrDefault("kind-off") > 0);
    }
}
