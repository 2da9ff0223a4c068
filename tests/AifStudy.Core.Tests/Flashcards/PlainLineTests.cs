using AifStudy.Core.Flashcards;
using AifStudy.Core.Markdown;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>
/// <see cref="CardRules.Visible"/> skips Markdig for a line with nothing Markdig reads as syntax: such a line must render
/// as itself, and a line with syntax must still be rendered.
/// </summary>
public sealed class PlainLineTests
{
    [Theory]
    [InlineData("Retrieval-augmented generation grounds answers in documents.")]
    [InlineData("检索增强生成：先检索再生成。")]
    [InlineData("  nucleus sampling (top-p)  ")]
    [InlineData("Model: Claude 3, 200k tokens; cost 0.5 USD (per 1M).")]
    [InlineData("2024 was the year of agents")]
    public void A_line_without_syntax_is_plain_and_renders_as_itself(string line)
    {
        Assert.True(CardRules.IsPlainLine(line));
        Assert.Equal(Rendered(line), CardRules.Visible(line));
    }

    [Theory]
    [InlineData("**RAG**: retrieval")]
    [InlineData("- item")]
    [InlineData("1. first")]
    [InlineData("3) third")]
    [InlineData("# Heading")]
    [InlineData("> quote")]
    [InlineData("see https://aws.amazon.com/bedrock")]
    [InlineData("see www.example.com")]
    [InlineData("AT&amp;T")]
    [InlineData("a\nb")]
    [InlineData("::: note")]
    [InlineData("x^2^ and H~2~O")]
    [InlineData("$E = mc^2$")]
    [InlineData("a | b")]
    [InlineData("text {.class}")]
    public void A_line_with_syntax_is_rendered(string line) =>
        Assert.False(CardRules.IsPlainLine(line));

    [Fact]
    public void Every_plain_line_and_part_of_a_line_in_the_notes_renders_as_itself()
    {
        var checkedLines = 0;
        foreach (var file in Directory.EnumerateFiles(TestPaths.Content, "*.md"))
        {
            foreach (var line in File.ReadLines(file).SelectMany(l => l.Split(':', '：', '，', ',', '(', '（').Append(l)))
            {
                if (CardRules.IsPlainLine(line))
                {
                    checkedLines++;
                    Assert.Equal(Rendered(line), line.Trim());
                }
            }
        }

        Assert.True(checkedLines > 500, $"only {checkedLines} plain lines in content/");
    }

    private static string Rendered(string line) => Markdig.Markdown.ToPlainText(line, MarkdownPipelines.Default).Trim();
}
