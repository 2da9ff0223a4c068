using AifStudy.Core.Markdown;
using AifStudy.Core.Mindmaps;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Notes;

public sealed class RobustnessTests
{
    public static TheoryData<string> OddNotes() =>
    [
        "",
        "\uFEFF",
        "---",
        "---\n---",
        "---\ntitle: a\ntitle: b\n---\n# dup keys",
        "---\n- just\n- a list\n---\ntext",
        "---\nx: &a 1\ny: *a\n---\n# anchors",
        "```\nunclosed fence\n# not a heading",
        "<!-- never closed\n# hidden",
        "[[ unclosed and [[]] and [[|]]",
        "\\( unclosed maths and $$ unbalanced",
        "\r\r\r",
        "\t\t\t\n\t",
        "> > > deep\n> > quote",
        "# " + new string('标', 5000),
        "######## seven hashes",
        "- a\n\t\t\t\t\t\t- very deep\n- b",
        "::: tip\nunclosed container",
        "| a |\n|---|\n| b | extra | cells |",
        "**unclosed bold\n\n__also__ <b>unclosed",
        "line one\nline two\nline three\nline four",
    ];

    [Theory]
    [MemberData(nameof(OddNotes))]
    public void Odd_input_never_throws_anywhere(string text)
    {
        var note = new NoteParser().Parse(text, "odd.md");

        var html = NoteHtmlRenderer.Render(note, _ => null);
        var mindmap = MindmapBuilder.Build(note);

        Assert.NotNull(html);
        Assert.StartsWith("mindmap", mindmap, StringComparison.Ordinal);
        Assert.All(note.Sections, s => Assert.False(string.IsNullOrEmpty(s.Anchor)));
    }
}
