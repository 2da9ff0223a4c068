using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AifStudy.Web.Api;

namespace AifStudy.Tests.Shared;

/// <summary>
/// Simulated learners reviewing over the JSON API: each, in a loop until the time is up, fetches its next card and
/// rates it (mostly good, sometimes again or easy, seeded per learner). Records every response's status and latency
/// and the id of every review the server acknowledged.
/// </summary>
internal sealed class ReviewLoadDriver(Uri baseAddress)
{
    private static readonly string[] Ratings = ["good", "good", "good", "again", "hard", "easy"];

    /// <summary>What the run has seen so far (filled while it runs).</summary>
    public ReviewLoadResult Result { get; } = new();

    public async Task<ReviewLoadResult> RunAsync(IReadOnlyList<int> learnerIds, TimeSpan duration, CancellationToken stop = default)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = learnerIds.Count, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var timeUp = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeUp.CancelAfter(duration);
        var result = Result;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(learnerIds.Select(id => Task.Run(() => LearnAsync(client, id, result, timeUp.Token))));
        result.Elapsed = watch.Elapsed;
        return result;
    }

    private static async Task LearnAsync(HttpClient client, int learnerId, ReviewLoadResult result, CancellationToken timeUp)
    {
        var random = new Random(learnerId);
        while (!timeUp.IsCancellationRequested)
        {
            try
            {
                using var next = new HttpRequestMessage(HttpMethod.Get, "/api/review/next");
                next.Headers.Add("X-Learner-Id", learnerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var (nextResponse, nextMs) = await SendAsync(client, next, timeUp);
                using (nextResponse)
                {
                    result.Record("GET next", nextResponse.StatusCode, nextMs);
                    if (nextResponse.StatusCode == HttpStatusCode.NoContent)
                    {
                        await Task.Delay(100, timeUp);
                        continue;
                    }

                    if (nextResponse.StatusCode != HttpStatusCode.OK)
                    {
                        continue;
                    }

                    var card = (await nextResponse.Content.ReadFromJsonAsync<ApiCard>(timeUp))!;
                    using var rate = new HttpRequestMessage(HttpMethod.Post, $"/api/review/{card.CardId}")
                    {
                        Content = JsonContent.Create(new ApiRating(Ratings[random.Next(Ratings.Length)], card.Version)),
                    };
                    rate.Headers.Add("X-Learner-Id", learnerId.ToString(System.Globalization.CultureInfo.InvariantCulture));

                    // Once sent, a rating is seen through even when the time is up: its acknowledgement must be counted.
                    var (rateResponse, rateMs) = await SendAsync(client, rate, CancellationToken.None);
                    using (rateResponse)
                    {
                        result.Record("POST rating", rateResponse.StatusCode, rateMs);
                        if (rateResponse.StatusCode == HttpStatusCode.OK)
                        {
                            var recorded = (await rateResponse.Content.ReadFromJsonAsync<ApiReviewRecorded>(CancellationToken.None))!;
                            result.Acknowledged.Add((recorded.ReviewId, learnerId, card.CardId));
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (timeUp.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException ex)
            {
                result.Failures.Add(ex.Message);
                if (timeUp.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private static async Task<(HttpResponseMessage Response, double Milliseconds)> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.SendAsync(request, cancellationToken);
        return (response, watch.Elapsed.TotalMilliseconds);
    }
}
