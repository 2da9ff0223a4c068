using AifStudy.Tests.Shared;
using System.Text.Json;
using AifStudy.Core.Notes;
using AifStudy.Web.Services;
using AifStudy.Web.Tests.TestSupport;

namespace AifStudy.Web.Tests.Services;

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
        var note = new AifStudy.Web.Data.Note { Slug = "x", SourcePath = file, ContentHash = "", Title = "", Markdown = "" };

        var rows = NoteMapper.Apply(note, parsed, "hash", DateTimeOffset.UnixEpoch);

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

    private static string Json(NoteSection section) => JsonSerializer.Serialize(section);
}
