using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AifStudy.Core.Quizzes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Api.Quiz;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Quizzes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Http;

public sealed class QuizApiRequestTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly ApiQuizStart ThreeChoiceQuestions = new(Count: 3, Kinds: ["multipleChoice"], Seed: 7);

    private string ConnectionString => $"Data Source={Path.Combine(portal.Host.WorkDir, "study.db")}";

    [Fact]
    public async Task A_quiz_is_answered_question_by_question_and_a_retried_answer_is_neither_stored_twice_nor_scored_twice()
    {
        var learner = (await LoadLearners.AddAsync(ConnectionString, 1))[0];
        using var client = Client(learner);
        var started = await StartAsync(client, ThreeChoiceQuestions);
        var solution = await SolutionAsync(learner, started.AttemptId);

        // Before answering: the question, but neither its solution nor its explanation.
        using var currentResponse = await client.GetAsync(new Uri($"/api/quiz/{started.AttemptId}/current", UriKind.Relative));
        var raw = await currentResponse.Content.ReadAsStringAsync();
        var current = JsonSerializer.Deserialize<ApiQuizQuestion>(raw, JsonSerializerOptions.Web)!;
        Assert.Equal((0, "multipleChoice", started.QuestionCount), (current.Position, current.Kind, current.QuestionCount));
        Assert.Equal(solution[0].Options, current.Options);
        Assert.DoesNotContain("correct", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(solution[0].Explanation, raw, StringComparison.Ordinal);

        // The right answer, then the same request again (the client timed out) and twice more at once.
        var right = new ApiQuizAnswer(solution[0].CorrectIndexes);
        var first = await AnswerAsync(client, started.AttemptId, 0, right);
        var retries = await Task.WhenAll(AnswerAsync(client, started.AttemptId, 0, right), AnswerAsync(client, started.AttemptId, 0, right));
        Assert.Equal((true, false, 1, 1), (first.Correct, first.Replayed, first.AnsweredCount, first.CorrectCount));
        Assert.Equal(solution[0].Explanation, first.Explanation);
        Assert.All(retries, r => Assert.Equal((true, true, 1, 1), (r.Correct, r.Replayed, r.AnsweredCount, r.CorrectCount)));

        // A different answer to an answered question is refused and changes nothing.
        var wrong = new ApiQuizAnswer([Enumerable.Range(0, solution[0].Options.Count).First(i => i != solution[0].CorrectIndexes[0])]);
        using var changed = await client.PostAsJsonAsync(new Uri($"/api/quiz/{started.AttemptId}/answers/0", UriKind.Relative), wrong);
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Contains("already answered", (await changed.Content.ReadFromJsonAsync<ApiQuizConflict>())!.Detail, StringComparison.Ordinal);

        // The rest answered wrongly, in the order the API hands them out.
        for (var position = 1; position < started.QuestionCount; position++)
        {
            var next = (await client.GetFromJsonAsync<ApiQuizQuestion>(new Uri($"/api/quiz/{started.AttemptId}/current", UriKind.Relative)))!;
            Assert.Equal(position, next.Position);
            var answered = await AnswerAsync(client, started.AttemptId, position, new ApiQuizAnswer([(solution[position].CorrectIndexes[0] + 1) % next.Options.Count]));
            Assert.False(answered.Correct);
            Assert.Equal(position == started.QuestionCount - 1, answered.Ended);
        }

        using var done = await client.GetAsync(new Uri($"/api/quiz/{started.AttemptId}/current", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        var result = (await client.GetFromJsonAsync<ApiQuizResult>(new Uri($"/api/quiz/{started.AttemptId}/result", UriKind.Relative)))!;
        Assert.True(result.Ended);
        Assert.Equal((started.QuestionCount, 1), (result.AnsweredCount, result.CorrectCount));
        Assert.Equal(QuizScoring.ScaledScore(1, started.QuestionCount), result.Score);
        Assert.Equal(started.QuestionCount, result.Domains.Sum(d => d.Total));
        Assert.Equal([true, .. Enumerable.Repeat(false, started.QuestionCount - 1)], result.Questions.Select(q => q.Correct));
        Assert.Equal(solution[0].CorrectIndexes, result.Questions[0].Chosen);

        // One stored answer per question: the retries added nothing.
        Assert.Equal(Enumerable.Range(0, started.QuestionCount), await StoredAnswerPositionsAsync(started.AttemptId));
    }

    [Fact]
    public async Task A_learner_cannot_see_or_answer_another_learners_quiz()
    {
        var learners = await LoadLearners.AddAsync(ConnectionString, 2);
        using var owner = Client(learners[0]);
        using var other = Client(learners[1]);
        var started = await StartAsync(owner, ThreeChoiceQuestions);

        using var seen = await other.GetAsync(new Uri($"/api/quiz/{started.AttemptId}/current", UriKind.Relative));
        using var answered = await other.PostAsJsonAsync(new Uri($"/api/quiz/{started.AttemptId}/answers/0", UriKind.Relative), new ApiQuizAnswer([0]));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (seen.StatusCode, answered.StatusCode));
        Assert.Empty(await StoredAnswerPositionsAsync(started.AttemptId));
    }

    [Theory]
    [InlineData("{\"count\":0}", HttpStatusCode.BadRequest, "'count' must be 1 to 50; 0 was sent.")]
    [InlineData("{\"count\":5,\"kinds\":[\"essay\"]}", HttpStatusCode.BadRequest, "'essay' is not a question kind: use 'multipleChoice', ")]
    [InlineData("{\"count\":5,\"domain\":9}", HttpStatusCode.BadRequest, "'domain' must be 1 to 5; 9 was sent.")]
    [InlineData("{\"count\":5,\"section\":\"rag\"}", HttpStatusCode.BadRequest, "'section' needs 'note'")]
    [InlineData("{\"count\":5,\"note\":\"no-such-note\"}", HttpStatusCode.NotFound, "There is no note 'no-such-note'.")]
    public async Task A_quiz_that_cannot_be_started_gets_a_problem_naming_what_is_wrong(string body, HttpStatusCode status, string detail)
    {
        using var client = portal.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/quiz", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith(detail, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_answers_and_unknown_attempts_get_a_problem_and_store_nothing()
    {
        var learner = (await LoadLearners.AddAsync(ConnectionString, 1))[0];
        using var client = Client(learner);
        var started = await StartAsync(client, ThreeChoiceQuestions);
        var options = (await SolutionAsync(learner, started.AttemptId))[0].Options.Count;

        var twoOptions = await ProblemAsync(client, $"/api/quiz/{started.AttemptId}/answers/0", new ApiQuizAnswer([0, 1]));
        var noOption = await ProblemAsync(client, $"/api/quiz/{started.AttemptId}/answers/0", new ApiQuizAnswer());
        var outside = await ProblemAsync(client, $"/api/quiz/{started.AttemptId}/answers/0", new ApiQuizAnswer([options]));
        var typed = await ProblemAsync(client, $"/api/quiz/{started.AttemptId}/answers/0", new ApiQuizAnswer(Typed: "SageMaker"));
        var chosenAndTyped = await ProblemAsync(client, $"/api/quiz/{started.AttemptId}/answers/0", new ApiQuizAnswer([0], "x"));
        var noQuestion = await ProblemAsync(client, $"/api/quiz/{started.AttemptId}/answers/{started.QuestionCount}", new ApiQuizAnswer([0]));
        var noAttempt = await ProblemAsync(client, "/api/quiz/987654/answers/0", new ApiQuizAnswer([0]));
        using var noAttemptResult = await client.GetAsync(new Uri("/api/quiz/987654/result", UriKind.Relative));

        Assert.Equal((HttpStatusCode.BadRequest, "Question 0: This multiple-choice question takes exactly 1 option; 2 were sent."), twoOptions);
        Assert.Equal((HttpStatusCode.BadRequest, "Question 0: This multiple-choice question takes exactly 1 option; 0 were sent."), noOption);
        Assert.Equal((HttpStatusCode.BadRequest, $"Question 0: Option {options} does not exist: this question has options 0 to {options - 1}."), outside);
        Assert.Equal((HttpStatusCode.BadRequest, "Question 0: This multiple-choice question takes option indexes as 'chosen' and no 'typed' text."), typed);
        Assert.Equal(typed, chosenAndTyped);
        Assert.Equal(HttpStatusCode.NotFound, noQuestion.Status);
        Assert.Contains($"there is no question {started.QuestionCount}", noQuestion.Detail, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, "There is no practice quiz 987654 for this learner."), noAttempt);
        Assert.Equal(HttpStatusCode.NotFound, noAttemptResult.StatusCode);
        Assert.Empty(await StoredAnswerPositionsAsync(started.AttemptId));
    }

    [Theory]
    [InlineData("POST", "/api/quiz/abc/answers/0")]
    [InlineData("POST", "/api/quiz/2147483648/answers/0")]
    [InlineData("POST", "/api/quiz/1/answers/2147483648")]
    [InlineData("POST", "/api/quiz/1/answers/first")]
    [InlineData("GET", "/api/quiz/abc/current")]
    [InlineData("GET", "/api/quiz/99999999999/result")]
    public async Task An_attempt_or_position_that_is_not_a_whole_number_is_not_found_with_a_problem_naming_the_address(string method, string path)
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new ApiQuizAnswer([0]));
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"{method} {path}", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"count\":5,\"domain\":\"abc\"}")]
    [InlineData("{\"count\":5,\"domain\":2147483648}")]
    [InlineData("{\"count\":")]
    public async Task A_start_body_that_is_not_json_of_a_quiz_gets_a_problem_and_starts_nothing(string body)
    {
        var learner = (await LoadLearners.AddAsync(ConnectionString, 1))[0];
        using var client = Client(learner);

        using var response = await client.PostAsync(new Uri("/api/quiz", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        await using var db = await portal.Host.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();
        Assert.False(await db.QuizAttempts.AnyAsync(a => a.LearnerId == learner));
    }

    private static async Task<ApiQuizStarted> StartAsync(HttpClient client, ApiQuizStart start)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/quiz", UriKind.Relative), start);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = (await response.Content.ReadFromJsonAsync<ApiQuizStarted>())!;
        Assert.Equal($"/api/quiz/{started.AttemptId}/current", response.Headers.Location?.OriginalString);
        Assert.InRange(started.QuestionCount, 2, start.Count);
        return started;
    }

    private static async Task<ApiQuizAnswered> AnswerAsync(HttpClient client, int attemptId, int position, ApiQuizAnswer answer)
    {
        using var response = await client.PostAsJsonAsync(new Uri($"/api/quiz/{attemptId}/answers/{position}", UriKind.Relative), answer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ApiQuizAnswered>())!;
    }

    private static async Task<(HttpStatusCode Status, string? Detail)> ProblemAsync(HttpClient client, string path, ApiQuizAnswer answer)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), answer);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
    }

    // The test's oracle: the questions as the server stored them, solutions included.
    private async Task<IReadOnlyList<QuizQuestion>> SolutionAsync(int learner, int attemptId)
    {
        var view = await portal.Host.Services.GetRequiredService<QuizAttempts>().GetAsync(learner, attemptId);
        return [.. view!.Questions.Select(q => q.Question)];
    }

    private async Task<List<int>> StoredAnswerPositionsAsync(int attemptId)
    {
        await using var db = await portal.Host.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();
        return await db.QuizAttemptQuestions.Where(q => q.AttemptId == attemptId && q.AnsweredAt != null).OrderBy(q => q.Position).Select(q => q.Position).ToListAsync();
    }

    private HttpClient Client(int learnerId)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("X-Learner-Id", learnerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return client;
    }
}
