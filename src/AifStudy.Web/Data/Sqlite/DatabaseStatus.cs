namespace AifStudy.Web.Data.Sqlite;

/// <summary>
/// What start-up found wrong with the database file, if anything. When it holds a problem, start-up did not migrate
/// the file or import into it (so the file is left exactly as it was), and the status page and <c>/healthz</c> say why.
/// </summary>
public sealed class DatabaseStatus
{
    private volatile DatabaseProblem? _problem;

    /// <summary>The problem found at start-up, or null when the database was usable.</summary>
    public DatabaseProblem? StartupProblem => _problem;

    internal void Report(DatabaseProblem problem) => _problem = problem;
}
