using AifStudy.Core.Mindmaps;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Mindmaps;

public sealed class MindmapWorthShowingTests
{
    private static readonly NoteParser Parser = new();

    [Theory]
    [InlineData("# Live note\n\n## After\n\nThe second version.\n", false)]
    [InlineData("# Live note\n\nJust text.\n", false)]
    [InlineData("# Live note\n\n## One\n\nText.\n\n## Two\n\nText.\n", true)]
    [InlineData("# Live note\n\n## One\n\n- a point\n", true)]
    public void A_generated_mindmap_is_shown_from_three_nodes(string markdown, bool shown) =>
        Assert.Equal(shown, MindmapBuilder.IsWorthShowing(MindmapBuilder.Build(Parser.Parse(markdown))));

    [Fact]
    public void Link_comments_are_not_nodes() =>
        Assert.False(MindmapBuilder.IsWorthShowing("mindmap\n  root[\"T\"]\n    n1[\"A\"]\n%% link root t\n%% link n1 a"));
}
