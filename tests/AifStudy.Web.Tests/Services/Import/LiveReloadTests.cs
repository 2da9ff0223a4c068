using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>
/// The content folder watched by the real portal (real Kestrel, real files, inotify): notes created, edited the way an
/// editor saves them, renamed, deleted and added in a new folder are stored within a bound. The bound only turns a hang
/// into a failure: the test waits for each state, not for a time.
/// </summary>
public sealed class LiveReloadTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_stored_notes_follow_the_content_folder_as_files_are_created_edited_renamed_and_deleted()
    {
        await using var host = PortalHost.Start(settings: new Dictionary<string, string> { ["Content:Watch"] = "true" });
        var content = host.ContentDir;

        await File.WriteAllTextAsync(Path.Combine(content, "watched.md"), "# Watched note\n\n## First\n\n- **Tokenizer**: splits text into tokens.\n");
        await WaitForAsync(host, "SELECT COUNT(*) FROM Notes WHERE Slug = 'watched' AND Title = 'Watched note'");

        // An editor's save: the new text goes to a temporary file that is then renamed over the note.
        var temporary = Path.Combine(content, ".watched.md.swp");
        await File.WriteAllTextAsync(temporary, "# Watched note, edited\n\n## First\n\n## Second\n");
        File.Move(temporary, Path.Combine(content, "watched.md"), overwrite: true);
        await WaitForAsync(host, "SELECT COUNT(*) FROM Notes WHERE Slug = 'watched' AND Title = 'Watched note, edited'");

        File.Move(Path.Combine(content, "watched.md"), Path.Combine(content, "renamed.md"));
        await WaitForAsync(host, "SELECT COUNT(*) FROM Notes WHERE Slug = 'renamed' AND NOT EXISTS (SELECT 1 FROM Notes WHERE Slug = 'watched')");

        Directory.CreateDirectory(Path.Combine(content, "new-folder"));
        await File.WriteAllTextAsync(Path.Combine(content, "new-folder", "inside.md"), "# Inside a new folder\n\nText.\n");
        await WaitForAsync(host, "SELECT COUNT(*) FROM Notes WHERE Title = 'Inside a new folder'");

        File.Delete(Path.Combine(content, "renamed.md"));
        await WaitForAsync(host, "SELECT COUNT(*) = 0 FROM Notes WHERE Slug = 'renamed'");

        Assert.Equal(6L, await host.CountAsync("SELECT COUNT(*) FROM Notes"));
    }

    [Fact]
    public async Task A_note_written_while_the_start_up_import_runs_is_stored_after_it()
    {
        // The start-up import is held before its first file; the note is written then, after the portal answers.
        using var gate = new SemaphoreSlim(0);
        await using var host = PortalHost.Start(
            settings: new Dictionary<string, string> { ["Content:Watch"] = "true" },
            waitForImport: false,
            beforeReadingFile: async _ => await gate.WaitAsync());
        try
        {
            await File.WriteAllTextAsync(Path.Combine(host.ContentDir, "during.md"), "# Written during the import\n\nText.\n");
            gate.Release(int.MaxValue / 2);
            await WaitForAsync(host, "SELECT COUNT(*) FROM Notes WHERE Title = 'Written during the import'");
            Assert.Equal(6L, await host.CountAsync("SELECT COUNT(*) FROM Notes"));
        }
        finally
        {
            gate.Release(int.MaxValue / 2);
        }
    }

    private static async Task WaitForAsync(PortalHost host, string condition)
    {
        using var timeout = new CancellationTokenSource(Bound);
        while (await host.CountAsync(condition) == 0)
        {
            await Task.Delay(25, timeout.Token);
        }
    }
}
