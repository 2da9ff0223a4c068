using AifStudy.Tests.Shared;
using System.Text.RegularExpressions;
using AifStudy.Core.Mindmaps;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Mindmaps;

public sealed partial class MindmapBuilderTests
{
    private static readonly NoteParser Parser = new();

    [Fact]
    public void Outline_becomes_a_mindmap_with_quoted_nodes_and_two_space_indentation()
    {
        var note = Parser.Parse("# 基础模型\n## 了解 FM\n- 文本生成\n  - 子项\n## FM 的类型\n### 扩散");

        Assert.Equal("""
            mindmap
              root["基础模型"]
                n1["了解 FM"]
                  n2["文本生成"]
                    n3["子项"]
                n4["FM 的类型"]
                  n5["扩散"]
            """, Nodes(note));
    }

    [Theory]
    [InlineData("He said \"hi\" `code`", "He said 'hi' 'code'")]
    [InlineData("line one\nline two\r\n", "line one line two")]
    [InlineData("(x) [y] {z} ((a)) ))b(( {{c}}", "(x) [y] {z} ((a)) ))b(( {{c}}")]
    [InlineData("全角（括号）【方括号】：冒号／斜杠", "全角（括号）【方括号】：冒号／斜杠")]
    [InlineData("a: b / c \\ d #1 ::icon(fa) :::cls", "a: b / c \\ d #1 ::icon(fa) :::cls")]
    [InlineData("Reinforcement learning from human feedback (RLHF)", "Reinforcement learning from human feedback…")]
    [InlineData("   ", "…")]
    [InlineData("%%{init: {\"theme\": \"forest\"}}%% text", "#37;#37;{init: {'theme': 'forest'}}#37;#37; text")]
    [InlineData("%%{ never closed", "#37;#37;{ never closed")]
    [InlineData("50% of 100%% 满意", "50#37; of 100#37;#37; 满意")]
    public void Nasty_labels_are_made_safe_for_quoted_nodes(string text, string expected)
    {
        Assert.Equal(expected, MindmapLabel.Of(text));
    }

    [Fact]
    public void Nasty_headings_and_items_survive_as_quoted_nodes()
    {
        var note = Parser.Parse("# Note\n## He said \"hi\" (x) [y]：/\\ #1 ::icon(fa)\n- a)b((c))\n- 全角（括号）【方括号】：冒号／斜杠");

        var lines = Nodes(note).Split('\n');

        Assert.Contains("    n1[\"He said 'hi' (x) [y]：/\\ #1 ::icon(fa)\"]", lines);
        Assert.Contains("      n2[\"a)b((c))\"]", lines);
        Assert.Contains("      n3[\"全角（括号）【方括号】\"]", lines);
        Assert.All(lines.Skip(1), line => Assert.Matches(NodeLine(), line));
    }

    [Fact]
    public void Headings_and_items_that_look_like_Mermaid_directives_or_comments_stay_text()
    {
        // Mermaid takes %%{...}%% anywhere in the source as a directive (an unclosed one swallows the rest of the
        // map) before it parses nodes; #37; is its entity code for %, shown as % in the drawing.
        var note = Parser.Parse("# Note\n## %%{init: {\"theme\": \"forest\"}}%% heading\n- %%{ item\n## %% comment-like");

        var mindmap = Nodes(note);

        Assert.DoesNotContain("%", mindmap, StringComparison.Ordinal);
        Assert.Contains("    n1[\"#37;#37;{init: {'theme': 'forest'}}#37;#37; heading\"]", mindmap.Split('\n'));
        Assert.Contains("      n2[\"#37;#37;{ item\"]", mindmap.Split('\n'));
        Assert.Contains("    n3[\"#37;#37; comment-like\"]", mindmap.Split('\n'));
    }

    [Fact]
    public void Labels_are_truncated_by_the_width_of_their_text_not_of_their_entity_codes()
    {
        var label = MindmapLabel.Of(new string('%', MindmapLabel.MaxWidth));

        Assert.Equal(string.Concat(Enumerable.Repeat("#37;", MindmapLabel.MaxWidth)), label);
    }

    [Fact]
    public void Long_labels_are_truncated_and_items_capped()
    {
        var items = string.Concat(Enumerable.Range(1, 12).Select(i => $"- item {i}\n"));
        var note = Parser.Parse($"# T\n## {new string('长', 60)}\n{items}");

        var mindmap = Nodes(note);

        Assert.Contains($"[\"{new string('长', (MindmapLabel.MaxWidth / 2) - 1)}…\"]", mindmap, StringComparison.Ordinal);
        Assert.Contains($"item {MindmapBuilder.MaxItemsPerNode}\"", mindmap, StringComparison.Ordinal);
        Assert.DoesNotContain($"item {MindmapBuilder.MaxItemsPerNode + 1}\"", mindmap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("聊天机器人和虚拟助理：通过基于生成式 AI 的聊天机器人自动响应", "聊天机器人和虚拟助理")]
    [InlineData("Instructions(說明): task for the FM to do", "Instructions(說明)")]
    [InlineData("Encoder-Only，仅包含编码器部分", "Encoder-Only")]
    [InlineData("see https://example.com/a", "see https://example.com/a")]
    [InlineData("a very long lead that is surely not a term at all: rest", "a very long lead that is surely not a term at all: rest")]
    public void Definition_items_are_drawn_as_their_term(string text, string expected)
    {
        Assert.Equal(expected, MindmapBuilder.ItemLabel(text));
    }

    [Fact]
    public void Long_notes_keep_every_heading_but_stop_adding_items_at_the_budget()
    {
        var sections = string.Concat(Enumerable.Range(1, 30).Select(i => $"## H{i}\n- a{i}\n- b{i}\n- c{i}\n"));

        var lines = Nodes(Parser.Parse("# T\n" + sections)).Split('\n');

        Assert.InRange(lines.Length - 1, MindmapBuilder.NodeBudget, MindmapBuilder.NodeBudget + 30);
        Assert.Contains(lines, l => l.EndsWith("[\"H30\"]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith("[\"c30\"]", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notes.OutlineGoldenTests.Notes), MemberType = typeof(Notes.OutlineGoldenTests))]
    public void Real_notes_produce_only_well_formed_nodes(string fileName)
    {
        var note = Parser.Parse(File.ReadAllText(Path.Combine(TestPaths.Content, fileName)), fileName);

        var lines = Nodes(note).Split('\n');

        Assert.Equal("mindmap", lines[0]);
        Assert.StartsWith("  root[\"", lines[1], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.Matches(NodeLine(), line));
        Assert.True(lines.Length > 5);
    }

    [Fact]
    public void Each_node_names_the_section_it_stands_for_in_comment_lines_mermaid_skips()
    {
        var note = Parser.Parse("# 基础模型\n- 前言\n## 了解 FM\n- 文本生成\n  - 子项\n## FM 的类型\n### 扩散");
        var anchors = note.Sections.ToDictionary(s => s.Title, s => s.Anchor);

        var links = MindmapBuilder.Build(note).Split('\n').Where(l => l.StartsWith("%%", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                $"%% link n1 {anchors["基础模型"]}",
                $"%% link n2 {anchors["了解 FM"]}",
                $"%% link n3 {anchors["了解 FM"]}",
                $"%% link n4 {anchors["了解 FM"]}",
                $"%% link n5 {anchors["FM 的类型"]}",
                $"%% link n6 {anchors["扩散"]}",
            ],
            links);
    }

    /// <summary>The node lines of a built mindmap, without the link comments.</summary>
    private static string Nodes(ParsedNote note) =>
        string.Join('\n', MindmapBuilder.Build(note).Split('\n').Where(l => !l.StartsWith("%% link ", StringComparison.Ordinal)));

    // Indentation in steps of two, a generated id, a double-quoted label without quotes or backticks inside.
    [GeneratedRegex("^(  )+(root|n[0-9]+)\\[\"[^\"`\\n]+\"\\]$")]
    private static partial Regex NodeLine();
}
