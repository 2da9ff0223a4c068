using AifStudy.Core.Quality;
using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Questions of a note written inline in a test, or of a real note under content/.</summary>
internal static class Quizzes
{
    private static readonly NoteParser Parser = new();

    public static IReadOnlyList<QuizQuestion> Of(string markdown, int seed = 1) =>
        QuestionGenerator.Generate(Parser.Parse(markdown, "test.md"), "test", 2, seed, null, GenerationOptions.Unchecked);

    public static IReadOnlyList<QuizQuestion> OfKind(QuestionKind kind, string markdown, int seed = 1) =>
        Of(markdown, seed).Where(q => q.Kind == kind).ToList();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ParsedNote> RealParsed = new();

    public static IReadOnlyList<QuizQuestion> OfRealNote(string fileName, int seed)
    {
        // Parsed once per test run: the property tests generate 200 quizzes per note.
        var note = RealParsed.GetOrAdd(fileName, RealNotes.Parse);
        return QuestionGenerator.Generate(note, Path.GetFileNameWithoutExtension(fileName), note.Metadata.Domain, seed);
    }

    /// <summary>The option marked correct (the first, when several are).</summary>
    public static string Answer(QuizQuestion q) => q.Options[q.CorrectIndexes[0]];

    /// <summary>The options not marked correct.</summary>
    public static IEnumerable<string> Wrong(QuizQuestion q) => q.Options.Where((_, i) => !q.CorrectIndexes.Contains(i));
}
