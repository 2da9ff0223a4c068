using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class NormalizedGoldenTests
{
    [Fact]
    public void Plain_text_bilingual_note_normalises_to_the_reviewed_markdown()
    {
        var note = new NoteParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Content, "genai-fundamentals-bilingual.md")));

        Golden.AssertMatches(note.NormalizedMarkdown + "\n", "normalized", "genai-fundamentals-bilingual.md");
    }
}
