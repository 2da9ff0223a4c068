using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>The five notes under content/, parsed and turned into cards.</summary>
internal static class RealNotes
{
    public static TheoryData<string> Files() =>
    [
        "domain-2-genai-fundamentals.md",
        "domain-3-fm-applications.md",
        "foundation-model-basics.md",
        "genai-fundamentals-bilingual.md",
        "llm-basics.md",
    ];

    public static ParsedNote Parse(string fileName) =>
        new NoteParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Content, fileName)), fileName);

    public static IReadOnlyList<GeneratedCard> Cards(string fileName) =>
        CardGenerator.Generate(Parse(fileName), Path.GetFileNameWithoutExtension(fileName));
}
