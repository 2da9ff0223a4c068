using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace AifStudy.Tests.Shared;

/// <summary>What a <see cref="ReviewLoadDriver"/> run saw.</summary>
internal sealed class ReviewLoadResult
{
    /// <summary>Latency group of the review calls (GET next, POST rating).</summary>
    public const string Review = "review calls";

    /// <summary>Latency group of the quiz calls (POST quiz, GET question, POST answer, GET result).</summary>
    public const string Quiz = "quiz calls";

    private static readonly string[] Rows = ["GET next", "POST rating", Review, "POST quiz", "GET question", "POST answer", "GET result", Quiz, "all"];

    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();

    private readonly ConcurrentDictionary<(string Request, HttpStatusCode Status), int> _statuses = new();

    /// <summary>Reviews the server answered 200 for: (review id, learner, card).</summary>
    public ConcurrentBag<(long ReviewId, int LearnerId, int CardId)> Acknowledged { get; } = [];

    /// <summary>Quiz answers the server answered 200 for and stored: (attempt, position, whether it was right).</summary>
    public ConcurrentBag<(int AttemptId, int Position, bool Correct)> AcknowledgedAnswers { get; } = [];

    /// <summary>Retried quiz answers the server recognised as already stored (200 with replayed).</summary>
    public ConcurrentBag<(int AttemptId, int Position, bool Correct)> ReplayedAnswers { get; } = [];

    /// <summary>Practice quizzes started: (attempt, learner).</summary>
    public ConcurrentBag<(int AttemptId, int LearnerId)> QuizzesStarted { get; } = [];

    /// <summary>Requests that got no HTTP response (connection refused or reset).</summary>
    public ConcurrentBag<string> Failures { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<(string Request, HttpStatusCode Status), int> Statuses => _statuses;

    public int ServerErrors => _statuses.Where(s => (int)s.Key.Status >= 500).Sum(s => s.Value);

    public int Requests => _statuses.Values.Sum();

    public void Record(string group, string request, HttpStatusCode status, double milliseconds)
    {
        _statuses.AddOrUpdate((request, status), 1, (_, n) => n + 1);
        foreach (var key in new[] { request, group, "all" })
        {
            _latencies.GetOrAdd(key, _ => []).Add(milliseconds);
        }
    }

    /// <summary>The latency quantile <paramref name="q"/> (0..1) of a request kind ("GET next" ...), a group (<see cref="Review"/>, <see cref="Quiz"/>) or "all", in ms.</summary>
    public double Percentile(string request, double q)
    {
        var samples = _latencies.TryGetValue(request, out var bag) ? bag.Order().ToArray() : [];
        return samples.Length == 0 ? double.NaN : samples[Math.Min(samples.Length - 1, (int)(q * samples.Length))];
    }

    /// <summary>Markdown table rows: count, p50, p95, p99 per request kind and group.</summary>
    public string Summary() => string.Join(Environment.NewLine,
        Rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r} | {_latencies.GetValueOrDefault(r)?.Count ?? 0:N0} | {Percentile(r, 0.5):0.0} ms | {Percentile(r, 0.95):0.0} ms | {Percentile(r, 0.99):0.0} ms |")));
}
