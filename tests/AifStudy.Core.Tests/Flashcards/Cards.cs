using AifStudy.Core.Quality;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>Cards of a note written inline in a test.</summary>
internal static class Cards
{
    private static readonly NoteParser Parser = new();

    public static IReadOnlyList<GeneratedCard> Of(string markdown, string slug = "test") =>
        CardGenerator.Generate(Parser.Parse(markdown, slug + ".md"), slug, null, GenerationOptions.Unchecked);

    public static IReadOnlyList<GeneratedCard> OfKind(CardKind kind, string markdown) =>
        Of(markdown).Where(c => c.Kind == kind).ToList();
}
