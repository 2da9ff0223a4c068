using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class NormalizedGoldenTests
{
    [Fact]
    public void Plain_text_bilingual_note_normalises_to_the_reviewed_markdown()
    {
        var note = new NoteParser().Parse(File.ReadAllText(RepoPaths.Content("genai-fundamentals-bilingual.md")));

        Golden.AssertMatches(note.NormalizedMarkdown + "\n", "normalized", "genai-fundamentals-bilingual.md");
    }
}
