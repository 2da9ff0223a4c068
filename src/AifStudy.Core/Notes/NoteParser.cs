using AifStudy.Core.Markdown;
using AifStudy.Core.Markdown.Normalization;
using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>
/// Turns a note's text into a <see cref="ParsedNote"/>: normalisation, then Markdig, then a walk over the AST.
/// Thread-safe; share one instance.
/// </summary>
public sealed class NoteParser(NoteParserOptions? options = null)
{
    /// <summary>
    /// Version of what parsing produces (sections, normalised markdown, and the mindmap built from them). Bump it when a
    /// change to the rules, the parser or <see cref="Mindmaps.MindmapBuilder"/> changes their output: stored notes made by
    /// another version are parsed again on the next import even though their files did not change.
    /// </summary>
    public const string OutputVersion = "2026.12.19.10";

    private readonly NoteParserOptions _options = options ?? new NoteParserOptions();

    /// <summary>The options this parser runs with.</summary>
    public NoteParserOptions Options => _options;

    /// <summary>Parses decoded note text. <paramref name="fileName"/> is used for fallbacks and messages only.</summary>
    public ParsedNote Parse(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = NormalizationPipeline.Default.Run(text, _options);
        var markdown = normalized.Markdown;
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
        var anchors = HeadingAnchors.InOrder(document);

        var (blocks, groups) = SplitAtHeadings(document, anchors);
        var firstHeadingText = groups.Count > 1 ? groups[1].Heading?.Text : null;
        var title = MetadataReader.Title(normalized.FrontMatter, firstHeadingText, markdown, fileName);

        var sections = new List<NoteSection>();
        var noteLanguages = default(LanguageCounts);
        // The level the note's first heading is at, when that is three or deeper: a heading above it later on ("### Lex"
        // among "#### Amazon Polly", "#### Amazon Connect") is one of its siblings written a level too high, not the parent
        // of what follows. A note that opens at "##" and has a "#" later may be starting a new part, and keeps its outline.
        var firstLevel = groups.Select(g => g.Heading?.Heading?.Level ?? 0).FirstOrDefault(l => l > 0);
        var baseLevel = firstLevel >= 3 ? firstLevel : 0;
        foreach (var (headingAnchor, first, count) in groups)
        {
            var heading = headingAnchor?.Heading;
            var body = blocks.AsSpan(first, count);
            if (heading is null && body.IsEmpty)
            {
                continue;
            }

            var level = heading?.Level ?? 0;
            var sectionTitle = headingAnchor?.Text ?? title;
            var parent = level == 0 ? null : LastAbove(sections, Math.Max(level, baseLevel), baseLevel);
            var content = SectionContent.Read(body, markdown);
            var line = heading is null ? body[0].Line + 1 : heading.Line + 1;

            // Title and text counted apart add up to the count of "title\ntext"; the note's count is the sum of its sections'.
            var languages = LanguageCounts.Of(sectionTitle) + LanguageCounts.Of(content.PlainText);
            noteLanguages += languages;
            sections.Add(new NoteSection
            {
                Index = sections.Count,
                ParentIndex = parent?.Index,
                Level = level,
                Title = sectionTitle,
                Path = [.. parent?.Path ?? [], sectionTitle],
                Anchor = headingAnchor?.Anchor ?? PreambleAnchor(anchors),
                Line = line,
                OriginalLine = normalized.OriginalLineOf(line),
                IsEmpty = content.IsEmpty,
                IsPlaceholder = content.IsPlaceholder,
                IsInferred = heading is not null && normalized.InferredHeadingLines.Contains(line),
                NoteTopic = normalized.FrontMatter.Title is { } topic && !(parent?.Path ?? []).Contains(topic) && sectionTitle != topic ? topic : null,
                Markdown = content.Markdown,
                PlainText = content.PlainText,
                ListItems = content.ListItems,
                BoldTerms = content.BoldTerms,
                // What the body defines, or what the first thing under the title says the title is; none under a why-title.
                Definitions = DefinitionReader.OfSection(sectionTitle, parent?.Title, content),
                MermaidBlocks = content.MermaidBlocks,
                Images = content.Images,
                Links = content.Links,
                BilingualPairs = content.BilingualPairs,
                Languages = languages.Languages(),
            });
        }

        return new ParsedNote
        {
            Metadata = new NoteMetadata
            {
                Title = title,
                Domain = MetadataReader.Domain(normalized.FrontMatter, title, firstHeadingText, markdown),
                WrittenDomain = MetadataReader.Domain(normalized.FrontMatter, "", null, ""),
                WrittenTask = MetadataReader.Task(normalized.FrontMatter),
                Languages = noteLanguages.Languages(),
                Tags = normalized.FrontMatter.Tags,
            },
            NormalizedMarkdown = markdown,
            Sections = sections,
            Normalizations = normalized.Hits,
            Warnings = normalized.Warnings,
        };
    }

    // "#top" scrolls to the top of the page even without an element of that id, which is where a preamble is.
    private static string PreambleAnchor(List<HeadingAnchor> headingAnchors)
    {
        var used = headingAnchors.Select(h => h.Anchor).ToHashSet(StringComparer.Ordinal);
        var anchor = "top";
        for (var n = 2; used.Contains(anchor); n++)
        {
            anchor = "top-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return anchor;
    }

    // The nearest section before this one with a lower level (not the preamble).
    private static NoteSection? LastAbove(List<NoteSection> sections, int level, int baseLevel)
    {
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            if (Math.Max(sections[i].Level, baseLevel) < level && sections[i].Level > 0)
            {
                return sections[i];
            }
        }

        return null;
    }

    // Every top-level heading starts a section; blocks before the first one form the preamble. anchors lists every
    // heading in document order, the top-level ones among them. Each group's body is a run of the returned blocks.
    private static (Block[] Blocks, List<(HeadingAnchor? Heading, int First, int Count)> Groups) SplitAtHeadings(
        MarkdownDocument document, List<HeadingAnchor> anchors)
    {
        var blocks = new Block[document.Count];
        var used = 0;
        var groups = new List<(HeadingAnchor? Heading, int First, int Count)>(anchors.Count + 1);
        HeadingAnchor? current = null;
        var first = 0;
        var next = 0;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                while (anchors[next].Heading != heading)
                {
                    next++;
                }

                groups.Add((current, first, used - first));
                current = anchors[next++];
                first = used;
            }
            else if (block is not LinkReferenceDefinitionGroup and not BlankLineBlock)
            {
                blocks[used++] = block;
            }
        }

        groups.Add((current, first, used - first));
        return (blocks, groups);
    }
}
