using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AifStudy.Core.Scheduling.Optimizer;

namespace AifStudy.Tests.Shared;

/// <summary>
/// fsrs-rs itself, through the npm package @open-spaced-repetition/binding run by Node
/// (tests/fsrs-oracle/oracle.mjs): the reference the optimiser is compared with.
/// </summary>
internal static class FsrsOracle
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "fsrs-oracle");

    /// <summary>Set in CI (.ci/run installs the package), where a missing oracle fails instead of skipping.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("AIFSTUDY_REQUIRE_ORACLE") == "1";

    /// <summary>Why the oracle cannot run here, or null when it can.</summary>
    public static string? Unavailable { get; } = FindProblem();

    /// <summary>Fits weights with fsrs-rs and scores the fitted set and each of <paramref name="others"/> with fsrs-rs's evaluate.</summary>
    public static OracleResult Run(IReadOnlyList<TrainingItem> items, params IReadOnlyList<double>[] others)
    {
        var request = JsonSerializer.Serialize(new
        {
            items = items.Select(i => i.Reviews.Select(r => new[] { (int)r.Rating, r.DeltaDays })),
            evaluate = others,
        });
        if (Environment.GetEnvironmentVariable("AIFSTUDY_ORACLE_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, request);
        }

        var start = new ProcessStartInfo("node", "oracle.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.StandardInput.Write(request);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the fsrs-rs oracle ran over five minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the fsrs-rs oracle failed ({process.ExitCode}): {errors.Result}");
        }

        using var json = JsonDocument.Parse(output.Result);
        var fitted = json.RootElement.GetProperty("fitted").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var evaluations = json.RootElement.GetProperty("evaluations").EnumerateArray()
            .Select(e => (LogLoss: e.GetProperty("logLoss").GetDouble(), RmseBins: e.GetProperty("rmseBins").GetDouble()))
            .ToArray();
        return new OracleResult(fitted, evaluations);
    }

    private static string? FindProblem()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@open-spaced-repetition", "binding")))
        {
            return $"the fsrs-rs oracle is not installed: run `npm install --prefix {Folder}` (Node 20 or later) to compare the optimiser with fsrs-rs.";
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
            var version = node.StandardOutput.ReadToEnd().Trim().TrimStart('v');
            node.WaitForExit();
            var major = int.Parse(version.Split('.')[0], CultureInfo.InvariantCulture);
            return major >= 20 ? null : $"Node {version} is too old for the fsrs-rs oracle (needs 20 or later).";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FormatException)
        {
            return "Node is not on PATH: install Node 20 or later and run `npm install` in tests/fsrs-oracle to compare the optimiser with fsrs-rs.";
        }
    }
}

/// <summary>fsrs-rs's fitted weights, and its (log loss, RMSE) for the fitted set followed by each set it was asked to score.</summary>
internal sealed record OracleResult(IReadOnlyList<double> Fitted, IReadOnlyList<(double LogLoss, double RmseBins)> Evaluations);

/// <summary>A test that needs the fsrs-rs oracle: skipped with the reason where it is missing, unless AIFSTUDY_REQUIRE_ORACLE=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class OracleFactAttribute : FactAttribute
{
    public OracleFactAttribute()
    {
        if (FsrsOracle.Unavailable is { } reason && !FsrsOracle.IsRequired)
        {
            Skip = reason;
        }
    }
}

/// <summary>A data-driven test that needs the fsrs-rs oracle (see <see cref="OracleFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class OracleTheoryAttribute : TheoryAttribute
{
    public OracleTheoryAttribute()
    {
        if (FsrsOracle.Unavailable is { } reason && !FsrsOracle.IsRequired)
        {
            Skip = reason;
        }
    }
}
