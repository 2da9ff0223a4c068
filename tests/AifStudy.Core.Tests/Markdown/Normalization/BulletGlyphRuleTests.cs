using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class BulletGlyphRuleTests
{
    [Fact]
    public void Lines_that_open_with_a_bullet_glyph_become_list_items()
    {
        var (markdown, hits, _) = RuleHarness.Run(new BulletGlyphRule(), "## Metrics\n\n• Classification: Accuracy, Precision\n\n  ● Regression: MSE, RMSE");

        Assert.Equal("## Metrics\n\n- Classification: Accuracy, Precision\n\n  - Regression: MSE, RMSE", markdown);
        Assert.Equal([3, 5], hits.Select(h => h.Line));
        Assert.All(hits, h => Assert.Equal("BulletGlyph", h.Rule));
    }

    [Theory]
    [InlineData("•No space after the glyph")]
    [InlineData("Text with • in the middle")]
    [InlineData("```\n• inside a fence\n```")]
    public void Other_glyphs_are_left_alone(string text)
    {
        var (markdown, hits, _) = RuleHarness.Run(new BulletGlyphRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void A_note_with_bullet_glyphs_gives_its_terms_without_the_glyph()
    {
        var note = new Core.Notes.NoteParser().Parse("# Metrics\n\n## Evaluation\n\n• **Precision**: Of the predicted positives, how many are right.\n\n• **Recall**: Of the real positives, how many were found.\n", "m.md");

        Assert.Contains(note.Sections.SelectMany(s => s.Definitions), d => d.Term == "Precision");
        Assert.DoesNotContain(note.Sections.SelectMany(s => s.Definitions), d => d.Term.Contains('•'));
    }
}
