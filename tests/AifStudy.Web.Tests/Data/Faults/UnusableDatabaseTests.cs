using System.Net;
using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Data.Faults;

/// <summary>
/// A database file the portal cannot use: it still starts, says what is wrong on /import, /healthz and in the log,
/// and leaves the file's bytes exactly as they were.
/// </summary>
public sealed class UnusableDatabaseTests
{
    [Fact]
    public async Task A_database_locked_by_another_connection_is_reported_and_left_alone()
    {
        using var file = await DatabaseFile.MigratedAsync();
        var before = file.Bytes();
        using var holder = file.HoldExclusiveLock();

        await using var portal = PortalHost.Start(settings: file.PortalSettings);

        await AssertReportedAsync(portal, "locked by another process");
        holder.Close();
        Assert.Equal(before, file.Bytes());
    }

    [Fact]
    public async Task A_read_only_database_is_reported_and_left_alone()
    {
        using var file = await DatabaseFile.MigratedAsync();
        var before = file.Bytes();
        file.MakeReadOnly();

        await using var portal = PortalHost.Start(settings: file.PortalSettings);

        await AssertReportedAsync(portal, "read-only");
        Assert.Equal(before, file.Bytes());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_and_left_alone()
    {
        using var file = new DatabaseFile();
        var garbage = new byte[16 * 1024];
        new Random(6).NextBytes(garbage);
        File.WriteAllBytes(file.FilePath, garbage);

        await using var portal = PortalHost.Start(settings: file.PortalSettings);

        await AssertReportedAsync(portal, "corrupt or is not a SQLite database");
        Assert.Equal(garbage, file.Bytes());
    }

    [Fact]
    public async Task A_database_with_damaged_pages_is_reported_and_left_alone()
    {
        using var file = await DatabaseFile.MigratedAsync();
        var bytes = file.Bytes();

        // Page 1 (header and schema) stays readable; every later page is overwritten with noise.
        var pageSize = (bytes[16] << 8) | bytes[17];
        new Random(7).NextBytes(bytes.AsSpan(pageSize));
        File.WriteAllBytes(file.FilePath, bytes);

        await using var portal = PortalHost.Start(settings: file.PortalSettings);

        await AssertReportedAsync(portal, "corrupt");
        Assert.Equal(bytes, file.Bytes());
    }

    private static async Task AssertReportedAsync(PortalHost portal, string reason)
    {
        using var client = portal.CreateClient();

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var healthText = await health.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.StartsWith("Unhealthy", healthText, StringComparison.Ordinal);
        Assert.Contains(reason, healthText, StringComparison.Ordinal);

        var status = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/import", UriKind.Relative)));
        Assert.Contains("data-testid=\"database-problem\"", status, StringComparison.Ordinal);
        Assert.Contains("The database cannot be used:", status, StringComparison.Ordinal);
        Assert.Contains(reason, status, StringComparison.Ordinal);
    }
}
