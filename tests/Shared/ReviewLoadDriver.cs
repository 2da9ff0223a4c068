using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AifStudy.Web.Api.Quiz;
using AifStudy.Web.Api.Review;

namespace AifStudy.Tests.Shared;

/// <summary>
/// Simulated learners over the JSON API. Each, in a loop until the time is up, either reviews (fetches its next card
/// and rates it: mostly good, sometimes again or easy) or answers the next question of its practice quiz (starting a
/// five-question quiz on the note of its last card when it has none, guessing a well-formed answer, now and then sending
/// the same answer twice as a client retrying after a timeout would). Choices are seeded per learner. Records every
/// response's status and latency, and every review and quiz answer the server acknowledged.
/// </summary>
/// <param name="quizShare">The share of steps spent on quiz questions (0: reviews only).</param>
internal sealed class ReviewLoadDriver(Uri baseAddress, double quizShare = 0.5)
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
        await Task.WhenAll(learnerIds.Select(id => Task.Run(() => new Learner(client, id, result, quizShare).RunAsync(timeUp.Token))));
        result.Elapsed = watch.Elapsed;
        return result;
    }

    /// <summary>
    /// The ceiling the real calls are measured against: as many clients as learners, each sending <c>GET /healthz</c>
    /// (a database read and a few bytes) back to back for <paramref name="duration"/>, on the same kind of connection
    /// pool. Returns the requests per second and the p95 latency.
    /// </summary>
    public async Task<(double RequestsPerSecond, TimeSpan P95)> CeilingAsync(int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var timeUp = new CancellationTokenSource(duration);
        var latencies = new System.Collections.Concurrent.ConcurrentBag<TimeSpan>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            while (!timeUp.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), CancellationToken.None);
                _ = await response.Content.ReadAsStringAsync(CancellationToken.None);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        })));
        var sorted = latencies.Order().ToList();
        return (sorted.Count / watch.Elapsed.TotalSeconds, sorted.Count == 0 ? TimeSpan.Zero : sorted[(int)(0.95 * (sorted.Count - 1))]);
    }

    private sealed class Learner(HttpClient client, int learnerId, ReviewLoadResult result, double quizShare)
    {
        private readonly Random _random = new(learnerId);
        private string? _lastNote;
        private int? _attemptId;

        public async Task RunAsync(CancellationToken timeUp)
        {
            while (!timeUp.IsCancellationRequested)
            {
                try
                {
                    await (_random.NextDouble() < quizShare ? QuizStepAsync(timeUp) : ReviewStepAsync(timeUp));
                }
                catch (OperationCanceledException) when (timeUp.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // No response: refused, reset, or the client's 30 s timeout.
                    result.Failures.Add(ex.Message);
                    if (timeUp.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }
        }

        private async Task ReviewStepAsync(CancellationToken timeUp)
        {
            using var next = Request(HttpMethod.Get, "/api/review/next");
            using var nextResponse = await SendAsync(next, ReviewLoadResult.Review, "GET next", timeUp);
            if (nextResponse.StatusCode == HttpStatusCode.NoContent)
            {
                await Task.Delay(100, timeUp);
                return;
            }

            if (nextResponse.StatusCode != HttpStatusCode.OK)
            {
                return;
            }

            var card = (await nextResponse.Content.ReadFromJsonAsync<ApiCard>(timeUp))!;
            _lastNote = card.NoteSlug;
            using var rate = Request(HttpMethod.Post, $"/api/review/{card.CardId}", new ApiRating(Ratings[_random.Next(Ratings.Length)], card.Version));

            // Once sent, a rating is seen through even when the time is up: its acknowledgement must be counted.
            using var rateResponse = await SendAsync(rate, ReviewLoadResult.Review, "POST rating", CancellationToken.None);
            if (rateResponse.StatusCode == HttpStatusCode.OK)
            {
                var recorded = (await rateResponse.Content.ReadFromJsonAsync<ApiReviewRecorded>(CancellationToken.None))!;
                result.Acknowledged.Add((recorded.ReviewId, learnerId, card.CardId));
            }
        }

        private async Task QuizStepAsync(CancellationToken timeUp)
        {
            if (_attemptId is not { } attemptId)
            {
                // A quiz on the note of the last card reviewed; before the first review there is none to ask about.
                if (_lastNote is { } note)
                {
                    _attemptId = await StartQuizAsync(note, timeUp);
                }
                else
                {
                    await ReviewStepAsync(timeUp);
                }

                return;
            }

            using var current = Request(HttpMethod.Get, $"/api/quiz/{attemptId}/current");
            using var currentResponse = await SendAsync(current, ReviewLoadResult.Quiz, "GET question", timeUp);
            if (currentResponse.StatusCode == HttpStatusCode.NoContent)
            {
                using var resultRequest = Request(HttpMethod.Get, $"/api/quiz/{attemptId}/result");
                using var _ = await SendAsync(resultRequest, ReviewLoadResult.Quiz, "GET result", timeUp);
                _attemptId = null;
                return;
            }

            if (currentResponse.StatusCode != HttpStatusCode.OK)
            {
                _attemptId = null;
                return;
            }

            var question = (await currentResponse.Content.ReadFromJsonAsync<ApiQuizQuestion>(timeUp))!;
            var answer = ApiQuizAnswers.Guess(question, _random);
            var sends = _random.Next(10) == 0 ? 2 : 1;
            for (var i = 0; i < sends; i++)
            {
                // Seen through like a rating; the second send is the retry, which must be recognised, not stored.
                using var post = Request(HttpMethod.Post, $"/api/quiz/{attemptId}/answers/{question.Position}", answer);
                using var response = await SendAsync(post, ReviewLoadResult.Quiz, "POST answer", CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var answered = (await response.Content.ReadFromJsonAsync<ApiQuizAnswered>(CancellationToken.None))!;
                    (answered.Replayed ? result.ReplayedAnswers : result.AcknowledgedAnswers).Add((attemptId, question.Position, answered.Correct));
                }
            }
        }

        // A note without questions (422) gets a quiz over every note instead, as a learner would take one.
        private async Task<int?> StartQuizAsync(string note, CancellationToken timeUp)
        {
            var started = await TryStartAsync(new ApiQuizStart(Note: note, Count: 5, Seed: _random.Next()), timeUp)
                ?? await TryStartAsync(new ApiQuizStart(Count: 5, Seed: _random.Next()), timeUp);
            if (started is null)
            {
                _lastNote = null;
                return null;
            }

            result.QuizzesStarted.Add((started.AttemptId, learnerId));
            return started.AttemptId;
        }

        private async Task<ApiQuizStarted?> TryStartAsync(ApiQuizStart quiz, CancellationToken timeUp)
        {
            using var start = Request(HttpMethod.Post, "/api/quiz", quiz);
            using var response = await SendAsync(start, ReviewLoadResult.Quiz, "POST quiz", timeUp);
            return response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<ApiQuizStarted>(timeUp) : null;
        }

        private HttpRequestMessage Request(HttpMethod method, string path, object? body = null)
        {
            var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType());
            }

            request.Headers.Add("X-Learner-Id", learnerId.ToString(CultureInfo.InvariantCulture));
            return request;
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string group, string name, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.SendAsync(request, cancellationToken);
            result.Record(group, name, response.StatusCode, watch.Elapsed.TotalMilliseconds);
            return response;
        }
    }
}
