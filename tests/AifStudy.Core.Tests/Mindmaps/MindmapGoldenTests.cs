using AifStudy.Core.Mindmaps;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Mindmaps;

public sealed class MindmapGoldenTests
{
    [Theory]
    [InlineData("genai-fundamentals-bilingual.md")]
    [InlineData("llm-basics.md")]
    public void Mindmap_of_a_real_note_matches_the_reviewed_golden_file(string fileName)
    {
        var note = new NoteParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Content, fileName)), fileName);

        Golden.AssertMatches(MindmapBuilder.Build(note) + "\n", "mindmap", Path.GetFileNameWithoutExtension(fileName) + ".mmd");
    }
}
