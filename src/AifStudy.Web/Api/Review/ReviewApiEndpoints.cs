using System.Globalization;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Flashcards;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AifStudy.Web.Api.Review;

/// <summary>
/// The review queue as JSON, for load tests and clients other than the Blazor page (docs/api.md). The learner is the
/// X-Learner-Id header, or the default learner without it.
/// </summary>
internal static class ReviewApiEndpoints
{
    public static void MapReviewApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/review");
        api.MapGet("/next", NextAsync);
        api.MapPost("/{cardId:int}", RateAsync);
    }

    private static async Task<Results<Ok<ApiCard>, NoContent, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> NextAsync(
        [FromHeader(Name = LearnerHeader.Name)] int? learnerId, string? domain, string? note,
        ReviewQueue queue, LearnerSettingsService learners, NoteCatalog catalog, CancellationToken cancellationToken)
    {
        var learner = learnerId ?? Learner.DefaultId;
        if (!await learners.LearnerExistsAsync(learner, cancellationToken))
        {
            return NoLearner(learner);
        }

        // A scope that cannot hold cards would otherwise answer 204, "nothing due", which a client takes as done.
        var scope = await catalog.ReadScopeAsync(domain, note, cancellationToken: cancellationToken);
        if (scope.Problem is { } problem)
        {
            return scope.IsUnknown
                ? TypedResults.NotFound(new ProblemDetails { Title = "Unknown scope", Detail = problem, Status = StatusCodes.Status404NotFound })
                : TypedResults.BadRequest(new ProblemDetails { Title = "Invalid scope", Detail = problem, Status = StatusCodes.Status400BadRequest });
        }

        var card = await queue.NextAsync(learner, scope.Scope, cancellationToken);
        if (card is null)
        {
            return TypedResults.NoContent();
        }

        return TypedResults.Ok(new ApiCard(
            card.CardId, card.Version, card.Kind.ToString(), card.Front, card.Back, card.NoteSlug, card.NoteTitle, card.SectionAnchor,
            card.SectionPathText, card.IsNew, card.Progress.State.ToString(), card.Progress.Due,
            card.IntervalLabels.ToDictionary(i => i.Key.ToString().ToLowerInvariant(), i => i.Value)));
    }

    private static async Task<Results<Ok<ApiReviewRecorded>, Conflict<ApiVersionConflict>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>, ValidationProblem>> RateAsync(
        int cardId, ApiRating body, [FromHeader(Name = LearnerHeader.Name)] int? learnerId, ReviewRecorder recorder, CancellationToken cancellationToken)
    {
        if (!TryParseRating(body.Rating, out var rating))
        {
            return TypedResults.BadRequest(new ProblemDetails
            {
                Title = "Unknown rating",
                Detail = body.Rating is null
                    ? "'rating' is missing: send again, hard, good or easy (or 1 to 4)."
                    : $"'{body.Rating}' is not a rating: send again, hard, good or easy (or 1 to 4).",
                Status = StatusCodes.Status400BadRequest,
            });
        }

        // Without the version a retried POST could not be told from a second rating, and would be logged twice.
        if (body.Version is not ({ } version and >= 0))
        {
            var problem = body.Version is null
                ? "'version' is missing: send the card's version from GET /api/review/next, so that a retry is recognised instead of recorded twice."
                : string.Create(CultureInfo.InvariantCulture, $"'version' is the card's version from GET /api/review/next (0 or more); {body.Version} was sent.");
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [problem] }, problem, title: "Invalid version");
        }

        var learner = learnerId ?? Learner.DefaultId;
        var result = await recorder.RateOnceAsync(learner, cardId, rating, version, cancellationToken);
        return result.Status switch
        {
            RateStatus.Recorded => TypedResults.Ok(new ApiReviewRecorded(
                result.ReviewLogId, cardId, result.Version, result.Outcome!.After.State.ToString(), result.Outcome.After.Due, result.Outcome.ScheduledDays)
            {
                BecameLeech = result.BecameLeech,
            }),
            RateStatus.VersionConflict => TypedResults.Conflict(new ApiVersionConflict(cardId, version, result.Version,
                "The card is no longer at the version this rating was made for; nothing was recorded. Fetch the next card again.")),
            RateStatus.NoLearner => NoLearner(learner),
            _ => TypedResults.NotFound(new ProblemDetails
            {
                Title = "No such card",
                Detail = string.Create(CultureInfo.InvariantCulture, $"There is no card {cardId}."),
                Status = StatusCodes.Status404NotFound,
            }),
        };
    }

    private static bool TryParseRating(string? text, out Rating rating) =>
        Enum.TryParse(text, ignoreCase: true, out rating) && Enum.IsDefined(rating);

    private static NotFound<ProblemDetails> NoLearner(int learnerId) => TypedResults.NotFound(new ProblemDetails
    {
        Title = "No such learner",
        Detail = string.Create(CultureInfo.InvariantCulture, $"There is no learner {learnerId}."),
        Status = StatusCodes.Status404NotFound,
    });
}
