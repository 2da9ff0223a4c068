using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>An authored Mermaid mindmap is study material too.</summary>
public sealed class MindmapCardTests
{
    private const string OnlyAMindmap = """
        # RAG

        ```mermaid
        mindmap
          root((🔄 Query 改写))
            类型
              上下文依赖型
              对比型
              模糊指代型
            步骤
              意图识别
              改写
              检索
        ```
        """;

    [Fact]
    public void A_note_that_is_only_a_mindmap_yields_list_recall_cards_with_the_path_as_context()
    {
        var cards = Cards.OfKind(CardKind.ListRecall, OnlyAMindmap);

        Assert.Contains(cards, c => c.Front == "Query 改写 › 类型：包括哪 3 项？" && c.Back == "- 上下文依赖型\n- 对比型\n- 模糊指代型");
        Assert.Contains(cards, c => c.Front == "Query 改写 › 步骤：包括哪 3 项？");
    }

    [Fact]
    public void The_roots_branches_are_the_maps_outline_and_no_list_to_recall()
    {
        var cards = Cards.OfKind(CardKind.ListRecall, OnlyAMindmap);

        // "Query 改写：包括哪 2 项？" → 类型, 步骤 would ask for the map's headings; their own lists stay.
        Assert.DoesNotContain(cards, c => c.Front.StartsWith("Query 改写：", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Front == "Query 改写 › 类型：包括哪 3 项？");
    }

    [Fact]
    public void A_note_that_is_only_a_mindmap_yields_cards_by_default_though_list_recall_is_off()
    {
        var note = new AifStudy.Core.Notes.NoteParser().Parse(OnlyAMindmap, "rag.md");

        var cards = CardGenerator.Generate(note, "rag", null, AifStudy.Core.Quality.GenerationOptions.Default);

        Assert.DoesNotContain(CardKind.ListRecall, AifStudy.Core.Quality.GenerationOptions.Default.CardKinds);
        Assert.Contains(cards, c => c.Front == "Query 改写 › 类型：包括哪 3 项？");
    }

    [Fact]
    public void Node_shapes_icons_and_classes_are_not_part_of_a_label()
    {
        var root = MindmapCards.Parse("mindmap\n  root((A))\n    id[B]:::big\n      ::icon(fa fa-book)\n      C\n      D\n");

        Assert.NotNull(root);
        Assert.Equal("A", root.Text);
        Assert.Equal("B", Assert.Single(root.Children).Text);
        Assert.Equal(["C", "D"], root.Children[0].Children.Select(c => c.Text));
    }

    [Fact]
    public void A_branch_mixing_points_and_topics_or_holding_sentences_gives_no_card() =>
        Assert.DoesNotContain(
            Cards.OfKind(CardKind.ListRecall, "# A\n\n```mermaid\nmindmap\n  (自监督学习)\n    FM 通常通过自监督学习进行预训练\n    自监督学习的特点\n      不需要标注示例\n      自动生成标签\n```\n"),
            c => c.Front.StartsWith("自监督学习：", StringComparison.Ordinal));

    [Fact]
    public void A_flowchart_is_no_mindmap() =>
        Assert.Null(MindmapCards.Parse("flowchart LR\n  A --> B\n"));
}
