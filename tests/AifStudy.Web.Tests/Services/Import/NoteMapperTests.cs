using System.Text.Json;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Tests.TestSupport;

namespace AifStudy.Web.Tests.Services.Import;

public sealed class NoteMapperTests
{
    // The body inside the structure, as rows were stored before the body moved out of it.
    private static readonly JsonSerializerOptions OldStructure = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static TheoryData<string> Notes() => [.. Directory.EnumerateFiles(TestPaths.Content, "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Notes))]
    public void A_stored_section_reads_back_as_the_parser_made_it(string file)
    {
        var parsed = new NoteParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Content, file)), file);

        var rows = NoteMapper.Map(parsed, "hash", DateTimeOffset.UnixEpoch).Sections;

        Assert.Equal(parsed.Sections.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            using (var structure = JsonDocument.Parse(rows[i].StructureJson))
            {
                Assert.Equal("", structure.RootElement.GetProperty("markdown").GetString());
                Assert.Equal("", structure.RootElement.GetProperty("plainText").GetString());
            }

            var back = NoteMapper.SectionOf(rows[i].StructureJson, rows[i].Markdown, rows[i].PlainText);
            Assert.Equal(Json(parsed.Sections[i]), Json(back));
        }
    }

    [Fact]
    public void A_row_stored_with_its_body_inside_the_structure_still_reads()
    {
        var section = new NoteParser().Parse("# Title\n\nBody with **bold** words.\n- one\n- two\n").Sections[0];
        var old = JsonSerializer.Serialize(section, OldStructure);

        Assert.Equal(Json(section), Json(NoteMapper.SectionOf(old, section.Markdown, section.PlainText)));
    }

    [Fact]
    public void Content_set_on_a_stored_note_replaces_every_column_a_new_note_gets_from_it()
    {
        var parsed = new NoteParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Content, "llm-basics.md")), "llm-basics.md");
        var content = NoteMapper.Map(parsed, "hash", DateTimeOffset.UnixEpoch);
        var added = new Note { Slug = "llm-basics", SourcePath = "llm-basics.md", ContentHash = "", Title = "", Markdown = "" };
        var stored = new Note
        {
            Slug = "llm-basics", SourcePath = "llm-basics.md", ContentHash = "old", ParserVersion = "0-old", Normalizations = "old",
            Title = "Old", Domain = 99, Languages = "old", Tags = "old", Markdown = "old", GeneratedMindmap = "old",
            HasAuthoredMindmap = !parsed.HasAuthoredMindmap, SectionCount = -1, Warnings = "old", ImportedAt = DateTimeOffset.MaxValue,
        };

        content.ApplyTo(added);
        content.ApplyTo(stored);

        Assert.Equal(JsonSerializer.Serialize(added), JsonSerializer.Serialize(stored));
        Assert.Equal(parsed.Metadata.Title, stored.Title);
    }

    private static string Json(NoteSection section) => JsonSerializer.Serialize(section);
}
