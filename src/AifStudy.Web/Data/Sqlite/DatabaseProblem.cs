namespace AifStudy.Web.Data.Sqlite;

/// <summary>Why the database file cannot be used, in words for the status page, the log and <c>/healthz</c>.</summary>
/// <param name="FilePath">The database file the problem is about.</param>
/// <param name="Reason">What is wrong with it and what to do.</param>
/// <param name="Detail">SQLite's own message.</param>
public sealed record DatabaseProblem(string FilePath, string Reason, string Detail);
