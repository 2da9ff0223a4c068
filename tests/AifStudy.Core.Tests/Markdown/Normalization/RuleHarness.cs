using AifStudy.Core.Markdown.Normalization;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Markdown.Normalization;

/// <summary>Runs one rule over text, spec-style: markdown in, normalised markdown and hits out.</summary>
internal static class RuleHarness
{
    public static (string Markdown, IReadOnlyList<NormalizationHit> Hits, NormalizationContext Context) Run(
        INormalizationRule rule, string text, NoteParserOptions? options = null)
    {
        var context = new NormalizationContext(text, options ?? new NoteParserOptions());
        rule.Apply(context);
        return (string.Join('\n', context.Lines.Select(l => l.Text)), context.Hits, context);
    }

    public static IEnumerable<(string Rule, int Line)> Where(this IReadOnlyList<NormalizationHit> hits) =>
        hits.Select(h => (h.Rule, h.Line));
}
