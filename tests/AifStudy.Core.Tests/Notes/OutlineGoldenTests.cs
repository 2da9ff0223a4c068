using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Notes;

/// <summary>Each real note's outline (levels, titles, anchors, flags) compared with a reviewed golden file.</summary>
public sealed class OutlineGoldenTests
{
    private static readonly NoteParser Parser = new();

    public static TheoryData<string> Notes() =>
    [
        "domain-2-genai-fundamentals.md",
        "domain-3-fm-applications.md",
        "foundation-model-basics.md",
        "genai-fundamentals-bilingual.md",
        "llm-basics.md",
    ];

    [Theory]
    [MemberData(nameof(Notes))]
    public void Outline_matches_the_reviewed_golden_file(string fileName)
    {
        var note = Parser.Parse(File.ReadAllText(Path.Combine(TestPaths.Content, fileName)), fileName);
        var actual = Format(note);
        Golden.AssertMatches(actual, "outline", Path.GetFileNameWithoutExtension(fileName) + ".txt");
    }

    internal static string Format(ParsedNote note) =>
        string.Concat(note.Sections.Select(s => $"{s.Level} | {s.Title} | {s.Anchor} | {Flags(s)}\n"));

    private static string Flags(NoteSection s)
    {
        var flags = new[] { s.IsEmpty ? "empty" : null, s.IsPlaceholder ? "placeholder" : null, s.IsInferred ? "inferred" : null }
            .OfType<string>().ToList();
        return flags.Count == 0 ? "-" : string.Join(",", flags);
    }
}
