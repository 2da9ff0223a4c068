using System.Text;
using AifStudy.Web.Data;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static AifStudy.Web.Tests.Services.Import.StoredNotes;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>
/// Broken files dropped into a content folder whose notes are already imported: each is refused with its path and reason,
/// and no stored note is lost or changed; a UTF-16 file with a byte-order mark is read.
/// </summary>
public sealed class BrokenFileTests
{
    [Fact]
    public async Task Broken_files_are_refused_by_name_and_reason_and_the_stored_notes_stay()
    {
        using var harness = await ImportedAsync();
        var before = await StoredAsync(harness);
        var random = new byte[4096];
        new Random(1).NextBytes(random);
        harness.Content.Write("bad/invalid-utf8.md", [.. "# Title\nfine\n"u8, 0xC3, 0x28]);
        harness.Content.Write("bad/random-bytes.md", random);
        harness.Content.Write("bad/picture.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        harness.Content.Write("bad/empty.md", []);
        harness.Content.Write("bad/utf32.md", [0xFF, 0xFE, 0x00, 0x00, 0x23, 0x00, 0x00, 0x00]);
        harness.Content.Write("bad/huge.md", Encoding.UTF8.GetBytes("# Huge\n" + new string('x', 20 * 1024 * 1024)));
        // An existing note truncated to nothing by a crashed editor keeps its last good version.
        harness.Content.Write("llm-basics.md", []);

        var run = await harness.Importer.ImportAsync();

        var failed = run.Files.Where(f => f.Outcome == ImportOutcome.Failed).ToDictionary(f => f.Path, f => f.Message!);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["bad/empty.md"] = "bad/empty.md: the file is empty (0 bytes); nothing to import",
                ["bad/huge.md"] = "bad/huge.md: file is 20,971,527 bytes, over the limit of 1,048,576 bytes (Content:MaxFileBytes)",
                ["bad/invalid-utf8.md"] = "bad/invalid-utf8.md: invalid UTF-8 at byte 13 (line 3)",
                ["bad/picture.md"] = "bad/picture.md: binary content (NUL bytes), not a text file (line 1)",
                ["bad/utf32.md"] = "bad/utf32.md: UTF-32 text is not supported; save the file as UTF-8",
                ["llm-basics.md"] = "llm-basics.md: the file is empty (0 bytes); nothing to import",
            }.Where(p => p.Key != "bad/random-bytes.md"),
            failed.Where(p => p.Key != "bad/random-bytes.md").OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.StartsWith("bad/random-bytes.md: binary content (NUL bytes), not a text file (line ", failed["bad/random-bytes.md"], StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(harness));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_UTF16_file_with_a_byte_order_mark_is_decoded(bool bigEndian)
    {
        using var harness = await ImportHarness.CreateAsync(TempContentFolder.Empty());
        var text = "# 记事本笔记\n\n- 第一点 with English\n";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        harness.Content.Write("notepad.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((1, 0), (run.Added, run.Failed));
        await using var db = harness.Database.CreateDbContext();
        var note = await db.Notes.SingleAsync();
        Assert.Equal("记事本笔记", note.Title);
        Assert.Contains("第一点 with English", note.Markdown, StringComparison.Ordinal);
    }
}
