using System.Diagnostics;
using System.Globalization;

namespace AifStudy.Benchmarks;

/// <summary>A closed-loop HTTP GET load: <c>connections</c> clients each request the URL again as soon as the previous answer is read.</summary>
internal sealed record HttpLoad(int Requests, int Errors, long Bytes, TimeSpan Elapsed, double[] SortedMilliseconds)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double q) => SortedMilliseconds[Math.Min(SortedMilliseconds.Length - 1, (int)(q * SortedMilliseconds.Length))];

    public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Requests:N0} | {Errors} | {RequestsPerSecond:0} | {Bytes / Elapsed.TotalSeconds / 1024 / 1024:0.0} | {Percentile(0.5):0.0} ms | {Percentile(0.95):0.0} ms | {Percentile(0.99):0.0} ms |");

    public static async Task<HttpLoad> RunAsync(Uri url, int connections, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, AutomaticDecompression = System.Net.DecompressionMethods.None };
        using var client = new HttpClient(handler);
        using var timeUp = new CancellationTokenSource(duration);
        var samples = new List<double>[connections];
        var errors = 0;
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var mine = samples[c] = [];
            while (!timeUp.IsCancellationRequested)
            {
                var request = Stopwatch.StartNew();
                using var response = await client.GetAsync(url, CancellationToken.None);
                var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                mine.Add(request.Elapsed.TotalMilliseconds);
                Interlocked.Add(ref bytes, body.Length);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var elapsed = watch.Elapsed;
        var all = samples.SelectMany(s => s).Order().ToArray();
        return new HttpLoad(all.Length, errors, bytes, elapsed, all);
    }
}
