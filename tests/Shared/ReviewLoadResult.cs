using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace AifStudy.Tests.Shared;

/// <summary>What a <see cref="ReviewLoadDriver"/> run saw.</summary>
internal sealed class ReviewLoadResult
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();

    private readonly ConcurrentDictionary<(string Request, HttpStatusCode Status), int> _statuses = new();

    /// <summary>Reviews the server answered 200 for: (review id, learner, card).</summary>
    public ConcurrentBag<(long ReviewId, int LearnerId, int CardId)> Acknowledged { get; } = [];

    /// <summary>Requests that got no HTTP response (connection refused or reset).</summary>
    public ConcurrentBag<string> Failures { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<(string Request, HttpStatusCode Status), int> Statuses => _statuses;

    public int ServerErrors => _statuses.Where(s => (int)s.Key.Status >= 500).Sum(s => s.Value);

    public int Requests => _statuses.Values.Sum();

    public void Record(string request, HttpStatusCode status, double milliseconds)
    {
        _statuses.AddOrUpdate((request, status), 1, (_, n) => n + 1);
        _latencies.GetOrAdd(request, _ => []).Add(milliseconds);
        _latencies.GetOrAdd("all", _ => []).Add(milliseconds);
    }

    /// <summary>The latency quantile <paramref name="q"/> (0..1) of a request kind ("GET next", "POST rating" or "all"), in ms.</summary>
    public double Percentile(string request, double q)
    {
        var samples = _latencies.TryGetValue(request, out var bag) ? bag.Order().ToArray() : [];
        return samples.Length == 0 ? double.NaN : samples[Math.Min(samples.Length - 1, (int)(q * samples.Length))];
    }

    public string Summary() => string.Join(Environment.NewLine,
        new[] { "GET next", "POST rating", "all" }.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r} | {_latencies.GetValueOrDefault(r)?.Count ?? 0:N0} | {Percentile(r, 0.5):0.0} ms | {Percentile(r, 0.95):0.0} ms | {Percentile(r, 0.99):0.0} ms |")));
}
