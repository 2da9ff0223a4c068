using System.Net;
using System.Net.Http.Json;
using AifStudy.Tests.Shared;
using AifStudy.Web.Api.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AifStudy.Web.Tests.Http;

public sealed class ReviewApiRequestTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private string ConnectionString => $"Data Source={Path.Combine(portal.Host.WorkDir, "study.db")}";

    [Fact]
    public async Task A_new_card_is_rated_once_and_a_retried_rating_is_refused_without_logging_twice()
    {
        var learner = (await LoadLearners.AddAsync(ConnectionString, 1))[0];
        using var client = Client(learner);

        var card = await client.GetFromJsonAsync<ApiCard>(new Uri("/api/review/next", UriKind.Relative));
        Assert.NotNull(card);
        Assert.True(card.IsNew);
        Assert.Equal(0, card.Version);
        Assert.Equal("New", card.State);
        Assert.Equal(["again", "hard", "good", "easy"], card.Intervals.Keys);

        using var first = await client.PostAsJsonAsync(new Uri($"/api/review/{card.CardId}", UriKind.Relative), new ApiRating("good", card.Version));
        using var retry = await client.PostAsJsonAsync(new Uri($"/api/review/{card.CardId}", UriKind.Relative), new ApiRating("good", card.Version));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var recorded = (await first.Content.ReadFromJsonAsync<ApiReviewRecorded>())!;
        Assert.Equal(1, recorded.Version);
        Assert.Equal("Learning", recorded.State);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        var conflict = (await retry.Content.ReadFromJsonAsync<ApiVersionConflict>())!;
        Assert.Equal((0, 1), (conflict.SentVersion, conflict.CurrentVersion));
        var logs = (await LoadLearners.ReviewLogsAsync(ConnectionString)).Where(l => l.LearnerId == learner).ToList();
        Assert.Equal([(recorded.ReviewId, learner, card.CardId)], logs);
    }

    [Fact]
    public async Task The_next_card_moves_on_after_a_rating_and_learners_keep_their_own_queues()
    {
        var learners = await LoadLearners.AddAsync(ConnectionString, 2);
        using var one = Client(learners[0]);
        using var two = Client(learners[1]);

        var card = (await one.GetFromJsonAsync<ApiCard>(new Uri("/api/review/next", UriKind.Relative)))!;
        using var rated = await one.PostAsJsonAsync(new Uri($"/api/review/{card.CardId}", UriKind.Relative), new ApiRating("easy", 0));
        rated.EnsureSuccessStatusCode();
        var after = (await one.GetFromJsonAsync<ApiCard>(new Uri("/api/review/next", UriKind.Relative)))!;
        var otherLearners = (await two.GetFromJsonAsync<ApiCard>(new Uri("/api/review/next", UriKind.Relative)))!;

        Assert.NotEqual(card.CardId, after.CardId);
        Assert.Equal(card.CardId, otherLearners.CardId);
        Assert.Equal(0, otherLearners.Version);
    }

    [Fact]
    public async Task Without_the_learner_header_the_default_learner_reviews()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/review/next", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/review/next", null, HttpStatusCode.NotFound, "There is no learner 9999.")]
    [InlineData("/api/review/1", "{\"rating\":\"great\",\"version\":0}", HttpStatusCode.BadRequest, "'great' is not a rating")]
    [InlineData("/api/review/987654", "{\"rating\":\"good\",\"version\":0}", HttpStatusCode.NotFound, "There is no card 987654.")]
    [InlineData("/api/review/1", "{\"version\":0}", HttpStatusCode.BadRequest, "'rating' is missing: send again, hard, good or easy")]
    public async Task Bad_requests_get_a_problem_naming_what_is_wrong(string path, string? body, HttpStatusCode status, string detail)
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }
        else
        {
            request.Headers.Add("X-Learner-Id", "9999");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.StartsWith(detail, problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"rating\":\"good\"}", "'version' is missing: send the card's version from GET /api/review/next")]
    [InlineData("{\"rating\":\"good\",\"version\":null}", "'version' is missing: send the card's version from GET /api/review/next")]
    [InlineData("{\"rating\":\"good\",\"version\":-1}", "'version' is the card's version from GET /api/review/next (0 or more); -1 was sent.")]
    public async Task A_rating_without_the_cards_version_is_refused_and_nothing_is_recorded(string body, string detail)
    {
        var learner = (await LoadLearners.AddAsync(ConnectionString, 1))[0];
        using var client = Client(learner);
        var card = (await client.GetFromJsonAsync<ApiCard>(new Uri("/api/review/next", UriKind.Relative)))!;

        using var response = await client.PostAsync(
            new Uri($"/api/review/{card.CardId}", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        Assert.StartsWith(detail, problem.Detail, StringComparison.Ordinal);
        Assert.Contains("version", problem.Errors.Keys);
        Assert.DoesNotContain((await LoadLearners.ReviewLogsAsync(ConnectionString)), l => l.LearnerId == learner);
    }

    [Theory]
    [InlineData("POST", "/api/review/abc")]
    [InlineData("POST", "/api/review/2147483648")]
    [InlineData("POST", "/api/review/1.5")]
    [InlineData("GET", "/api/review/abc")]
    public async Task A_card_id_that_is_not_a_whole_number_is_not_found_with_a_problem_naming_the_address(string method, string path)
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{\"rating\":\"good\",\"version\":0}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Contains($"{method} {path}", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?domain=99", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '99'.")]
    [InlineData("?domain=0", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '0'.")]
    [InlineData("?domain=abc", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not 'abc'.")]
    [InlineData("?domain=2147483648", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '2147483648'.")]
    [InlineData("?note=no-such-note", HttpStatusCode.NotFound, "There is no note 'no-such-note'.")]
    public async Task The_next_card_of_a_scope_that_cannot_exist_is_a_problem_not_an_empty_queue(string query, HttpStatusCode status, string detail)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/review/next" + query, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
    }

    [Fact]
    public async Task A_body_that_is_not_json_of_a_rating_gets_a_problem_and_a_body_of_another_type_is_unsupported()
    {
        using var client = portal.CreateClient();
        var card = (await client.GetFromJsonAsync<ApiCard>(new Uri("/api/review/next", UriKind.Relative)))!;
        var path = new Uri($"/api/review/{card.CardId}", UriKind.Relative);

        using var notJson = await client.PostAsync(path, new StringContent("{\"rating\":\"good\",\"version\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        using var text = await client.PostAsync(path, new StringContent("{\"rating\":\"good\",\"version\":0}", System.Text.Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("JSON", (await notJson.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Contains("application/json", (await text.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
    }

    private HttpClient Client(int learnerId)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("X-Learner-Id", learnerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return client;
    }
}
