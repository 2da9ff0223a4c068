using AifStudy.Core.Markdown;
using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>
/// Turns a note's text into a <see cref="ParsedNote"/>. Thread-safe; share one instance.
/// </summary>
public sealed class NoteParser(NoteParserOptions? options = null)
{
    private readonly NoteParserOptions _options = options ?? new NoteParserOptions();

    /// <summary>The options this parser runs with.</summary>
    public NoteParserOptions Options => _options;

    /// <summary>Parses decoded note text. <paramref name="fileName"/> is used for fallbacks and messages only.</summary>
    public ParsedNote Parse(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = _options.InferPlainTextStructure;
        var markdown = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
        var sections = new List<NoteSection>();
        var anchors = new AnchorGenerator();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var title = InlineText.Of(heading.Inline);
            sections.Add(new NoteSection
            {
                Index = sections.Count,
                Level = heading.Level,
                Title = title,
                Path = [title],
                Anchor = anchors.Next(title),
                Line = heading.Line + 1,
                Markdown = "",
                PlainText = "",
            });
        }

        var title0 = sections.FirstOrDefault()?.Title ?? Path.GetFileNameWithoutExtension(fileName) ?? "Untitled";
        return new ParsedNote
        {
            Metadata = new NoteMetadata { Title = title0 },
            NormalizedMarkdown = markdown,
            Sections = sections,
            Normalizations = [],
        };
    }
}
