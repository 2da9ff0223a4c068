using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AifStudy.Benchmarks;

/// <summary>
/// Fills a migrated database with a large review history for the default learner, fast (prepared statements, one
/// transaction). Deterministic for a seed. The learner has worked through the notes in order: the first
/// <see cref="ReviewedShare"/> of the cards have progress (98% Review, 2% Learning/Relearning, 2% suspended)
/// and the rest are new; logs are spread over the last two years; due dates run from a few days overdue to months ahead.
/// </summary>
internal static class ReviewDataGenerator
{
    public const double ReviewedShare = 0.6;

    private const int CardsPerNote = 100;

    public static void Fill(string connectionString, int cardCount, int logCount, DateTimeOffset now, int seed = 42)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Exec(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();

        var noteCount = (cardCount + CardsPerNote - 1) / CardsPerNote;
        using (var note = Prepare(connection, transaction, """
            INSERT INTO Notes (Id, Slug, SourcePath, ContentHash, ParserVersion, CardsVersion, Title, Domain, Languages, Tags, Markdown,
                HasAuthoredMindmap, SectionCount, Normalizations, Warnings, ImportedAt)
            VALUES ($id, $slug, $path, $hash, '', '', $title, $domain, 'zh-Hans', '', '', 0, 0, '', '', $at)
            """, "$id", "$slug", "$path", "$hash", "$title", "$domain", "$at"))
        {
            for (var n = 1; n <= noteCount; n++)
            {
                Run(note, n, $"note-{n}", $"note-{n}.md", new string('0', 64), $"Note {n}", 1 + (n % 5), now.UtcTicks);
            }
        }

        using (var card = Prepare(connection, transaction, """
            INSERT INTO Cards (Id, Key, NoteId, NoteSlug, Domain, Kind, Front, Back, Subject, SectionAnchor, SectionPathText, Position,
                CreatedAt, UpdatedAt, RetiredAt)
            VALUES ($id, $key, $note, $slug, $domain, 'TermDefinition', $front, $back, $subject, 'section', 'Section', $position, $at, $at, NULL)
            """, "$id", "$key", "$note", "$slug", "$domain", "$front", "$back", "$subject", "$position", "$at"))
        {
            for (var c = 1; c <= cardCount; c++)
            {
                var n = (c - 1) / CardsPerNote + 1;
                Run(card, c, c.ToString("x16", CultureInfo.InvariantCulture), n, $"note-{n}", 1 + (n % 5),
                    $"“术语 {c}”指什么？", $"术语 {c} 的定义，足够长的一段说明文字。", $"术语 {c}", (c - 1) % CardsPerNote, now.UtcTicks);
            }
        }

        var reviewed = (int)(cardCount * ReviewedShare);
        using (var progress = Prepare(connection, transaction, """
            INSERT INTO CardProgress (LearnerId, CardId, State, Step, Stability, Difficulty, Due, LastReview, Reps, Lapses, IsSuspended)
            VALUES (1, $card, $state, $step, $s, $d, $due, $last, $reps, $lapses, $suspended)
            """, "$card", "$state", "$step", "$s", "$d", "$due", "$last", "$reps", "$lapses", "$suspended"))
        {
            for (var c = 1; c <= reviewed; c++)
            {
                var roll = random.NextDouble();
                var state = roll < 0.98 ? "Review" : roll < 0.99 ? "Learning" : "Relearning";
                // Stability from ~3 days to over a year (median ~a month); Review cards fall due spread over their
                // stability with two days of backlog (~9k overdue); learning steps are minutes away.
                var stability = state == "Review" ? Math.Exp(1 + random.NextDouble() * 5) : 0.5 + random.NextDouble();
                var due = state == "Review"
                    ? now.AddDays(random.NextDouble() * Math.Min(stability, 365) - 2)
                    : now.AddMinutes(random.Next(-30, 30));
                Run(progress, c, state, state == "Review" ? null : 0, stability, 1 + random.NextDouble() * 9, due.UtcTicks,
                    due.AddDays(-Math.Max(1, stability)).UtcTicks, random.Next(1, 15), random.Next(0, 3), random.NextDouble() < 0.02 ? 1 : 0);
            }
        }

        using (var log = Prepare(connection, transaction, """
            INSERT INTO ReviewLogs (LearnerId, CardId, ReviewedAt, Rating, StateBefore, StateAfter, ElapsedDays, ScheduledDays,
                StabilityAfter, DifficultyAfter, WasNew, StepBefore, StabilityBefore, DifficultyBefore, DueBefore, LastReviewBefore)
            VALUES (1, $card, $at, $rating, $before, 'Review', $elapsed, $scheduled, $s, $d, $new, NULL, $sb, $d, $dueBefore, $lastBefore)
            """, "$card", "$at", "$rating", "$before", "$elapsed", "$scheduled", "$s", "$d", "$new", "$sb", "$dueBefore", "$lastBefore"))
        {
            // In time order, none today (so today's new-card allowance is untouched).
            var start = now.AddDays(-730);
            var step = (now.AddDays(-1) - start) / logCount;
            for (var i = 0; i < logCount; i++)
            {
                var at = start + step * i;
                var first = i < reviewed;
                var cardId = first ? i + 1 : random.Next(1, reviewed + 1);
                Run(log, cardId, at.UtcTicks, random.NextDouble() < 0.1 ? 1 : 3, first ? "New" : "Review", random.Next(0, 60), random.Next(1, 90),
                    random.NextDouble() * 100, 1 + random.NextDouble() * 9, first ? 1 : 0, first ? null : random.NextDouble() * 100,
                    at.UtcTicks, first ? null : at.AddDays(-10).UtcTicks);
            }
        }

        transaction.Commit();
        Exec(connection, "PRAGMA optimize; ANALYZE;");
    }

    internal static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    internal static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    internal static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
