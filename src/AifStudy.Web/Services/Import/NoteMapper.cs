using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AifStudy.Core.Mindmaps;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Import;

/// <summary>Copies what the parser found into the stored form of a note (<see cref="NoteContent"/>), and reads a stored section back.</summary>
internal static class NoteMapper
{
    // Relaxed escaping keeps Chinese text readable in the stored JSON.
    private static readonly JsonSerializerOptions StructureJsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>What is stored of <paramref name="parsed"/>: the note's columns and its section rows.</summary>
    public static NoteContent Map(ParsedNote parsed, string contentHash, DateTimeOffset importedAt) => new(
        ContentHash: contentHash,
        ParserVersion: NoteParser.OutputVersion,
        Normalizations: DescribeNormalizations(parsed.Normalizations),
        Title: parsed.Metadata.Title,
        Domain: parsed.Metadata.Domain,
        WrittenDomain: parsed.Metadata.WrittenDomain,
        WrittenTask: parsed.Metadata.WrittenTask,
        Languages: string.Join(',', parsed.Metadata.Languages),
        Tags: string.Join(',', parsed.Metadata.Tags),
        Markdown: parsed.NormalizedMarkdown,
        GeneratedMindmap: MindmapBuilder.Build(parsed),
        HasAuthoredMindmap: parsed.HasAuthoredMindmap,
        SectionCount: parsed.Sections.Count,
        Warnings: string.Join('\n', parsed.Warnings),
        ImportedAt: importedAt,
        Sections: [.. parsed.Sections.Select(ToSection)]);

    public static string DescribeNormalizations(IEnumerable<NormalizationHit> hits) =>
        string.Join('\n', hits.OrderBy(h => h.Line).Select(h => string.Create(CultureInfo.InvariantCulture, $"line {h.Line}: {h.Rule} — {h.Detail}")));

    private static Section ToSection(NoteSection section) => new()
    {
        Position = section.Index,
        ParentPosition = section.ParentIndex,
        Level = section.Level,
        Title = section.Title,
        PathText = string.Join(" › ", section.Path),
        Anchor = section.Anchor,
        Line = section.Line,
        IsEmpty = section.IsEmpty,
        IsInferred = section.IsInferred,
        Markdown = section.Markdown,
        PlainText = section.PlainText,
        ReadMilliseconds = (int)ReadingTime.OnScreen(section.PlainText).TotalMilliseconds,
        Languages = string.Join(',', section.Languages),
        StructureJson = StructureOf(section),
    };

    /// <summary>
    /// The section's structure as stored in <see cref="Section.StructureJson"/>: everything the parser found except the body's
    /// markdown and plain text, which have their own columns (<see cref="SectionOf"/> puts them back). Storing them twice
    /// made the JSON half of a cold import's section rows.
    /// </summary>
    public static string StructureOf(NoteSection section) =>
        JsonSerializer.Serialize(section with { Markdown = "", PlainText = "" }, StructureJsonOptions);

    /// <summary>The parsed section back from a stored row's structure and body columns.</summary>
    public static NoteSection SectionOf(string structureJson, string markdown, string plainText) =>
        (JsonSerializer.Deserialize<NoteSection>(structureJson, StructureJsonOptions)
            ?? throw new InvalidOperationException("A stored section has no structure."))
        with { Markdown = markdown, PlainText = plainText };
}
