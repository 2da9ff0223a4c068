using System.Diagnostics;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace AifStudy.Web.Tests.Data.Faults;

/// <summary>A database file in its own temp folder that a test damages, locks or protects before a portal opens it.</summary>
internal sealed class DatabaseFile : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aifstudy-dbfault-" + Guid.NewGuid().ToString("N"));
    private bool _immutable;

    public DatabaseFile()
    {
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "study.db");
    }

    public string FilePath { get; }

    public Dictionary<string, string> PortalSettings => new() { ["ConnectionStrings:Study"] = $"Data Source={FilePath}" };

    /// <summary>A database the app migrated, in the default rollback-journal mode (as an older portal left it).</summary>
    public static async Task<DatabaseFile> MigratedAsync()
    {
        var file = new DatabaseFile();
        using var source = await SqliteTestDatabase.CreateMigratedAsync();
        File.Copy(source.FilePath, file.FilePath);
        return file;
    }

    public byte[] Bytes() => File.ReadAllBytes(FilePath);

    /// <summary>Another connection holding an exclusive lock: nobody else can read or write until it is disposed.</summary>
    public SqliteConnection HoldExclusiveLock()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// Makes the file read-only for everyone. Root ignores permission bits, so as root the file is made immutable
    /// (<c>chattr +i</c>), which refuses writes even to root.
    /// </summary>
    public void MakeReadOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(FilePath, FileAttributes.ReadOnly);
            return;
        }

        File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (Environment.UserName == "root")
        {
            Run("chattr", "+i", FilePath);
            _immutable = true;
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (_immutable)
        {
            Run("chattr", "-i", FilePath);
        }

        if (File.Exists(FilePath))
        {
            File.SetAttributes(FilePath, FileAttributes.Normal);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{program} did not start");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {process.StandardError.ReadToEnd()}");
        }
    }
}
