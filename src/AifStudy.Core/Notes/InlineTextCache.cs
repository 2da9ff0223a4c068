using AifStudy.Core.Markdown;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>
/// Plain texts of paragraphs already read during one parse: the section text, the list items and the definitions all
/// read the same first paragraphs, and building each text once saves most of the walk's allocations.
/// </summary>
internal sealed class InlineTextCache
{
    private readonly Dictionary<ContainerInline, string> _texts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The same as <see cref="InlineText.Of"/>, built once per inline.</summary>
    public string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        if (!_texts.TryGetValue(inline, out var text))
        {
            text = InlineText.Of(inline);
            _texts[inline] = text;
        }

        return text;
    }

    /// <summary>Forgets everything (between sections, so the table stays small).</summary>
    public void Clear() => _texts.Clear();
}
