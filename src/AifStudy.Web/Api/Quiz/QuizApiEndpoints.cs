using System.Globalization;
using System.Text.Json;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AifStudy.Web.Api.Quiz;

/// <summary>
/// Practice quizzes as JSON (docs/api.md): start one, fetch the question to answer, answer it (once per position, so a
/// retried request is recognised instead of stored twice), read the result. The learner is the X-Learner-Id header, or
/// the default learner without it; all marking and storage is <see cref="QuizStarter"/>'s and
/// <see cref="QuizAttempts"/>', as on the quiz page.
/// </summary>
internal static class QuizApiEndpoints
{
    public static void MapQuizApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/quiz");
        api.MapPost("/", StartAsync);
        api.MapGet("/{attemptId:int}/current", CurrentAsync);
        api.MapPost("/{attemptId:int}/answers/{position:int}", AnswerAsync);
        api.MapGet("/{attemptId:int}/result", ResultAsync);
    }

    private static async Task<Results<Created<ApiQuizStarted>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> StartAsync(
        ApiQuizStart body, [FromHeader(Name = LearnerHeader.Name)] int? learnerId,
        QuizStarter starter, QuestionPool pool, LearnerSettingsService learners, CancellationToken cancellationToken)
    {
        var learner = learnerId ?? Learner.DefaultId;
        if (!await learners.LearnerExistsAsync(learner, cancellationToken))
        {
            return NotFound("No such learner", $"There is no learner {learner}.");
        }

        if (QuizApiRequests.SetupProblem(body, out var kinds) is { } problem)
        {
            return TypedResults.BadRequest(Problem("Invalid quiz", problem, StatusCodes.Status400BadRequest));
        }

        var scope = new StudyScope(body.Domain, body.Note, body.Section);
        if (await pool.LabelAsync(scope, cancellationToken) is not { } label)
        {
            return NotFound("No such scope", body.Section is null
                ? $"There is no note '{body.Note}'."
                : $"There is no section '{body.Section}' in note '{body.Note}'.");
        }

        var start = await starter.StartPracticeAsync(learner, new QuizSetup(scope, body.Count, kinds), label, body.Seed, cancellationToken);
        if (start.QuestionCount == 0)
        {
            return TypedResults.UnprocessableEntity(Problem("No questions", start.Shortfall ?? "There are no questions to ask here.", StatusCodes.Status422UnprocessableEntity));
        }

        return TypedResults.Created($"/api/quiz/{start.AttemptId}/current", new ApiQuizStarted(start.AttemptId, start.QuestionCount, start.Shortfall));
    }

    private static async Task<Results<Ok<ApiQuizQuestion>, NoContent, NotFound<ProblemDetails>>> CurrentAsync(
        int attemptId, [FromHeader(Name = LearnerHeader.Name)] int? learnerId, QuizAttempts attempts, CancellationToken cancellationToken)
    {
        if (await PracticeAsync(attempts, learnerId ?? Learner.DefaultId, attemptId, cancellationToken) is not { } view)
        {
            return NoAttempt(attemptId);
        }

        // The first unanswered question, as the practice page resumes; none left: the attempt is done.
        if (view.IsEnded || view.Questions.FirstOrDefault(q => !q.IsAnswered) is not { } current)
        {
            return TypedResults.NoContent();
        }

        var question = current.Question;
        return TypedResults.Ok(new ApiQuizQuestion(
            view.Id, current.Position, view.Questions.Count, KindName(question.Kind), question.Prompt, question.Options, question.Items,
            question.Kind == QuestionKind.MultipleResponse ? question.CorrectIndexes.Count : null, question.NoteSlug, question.SectionAnchor));
    }

    private static async Task<Results<Ok<ApiQuizAnswered>, Conflict<ApiQuizConflict>, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> AnswerAsync(
        int attemptId, int position, ApiQuizAnswer body, [FromHeader(Name = LearnerHeader.Name)] int? learnerId,
        QuizAttempts attempts, CancellationToken cancellationToken)
    {
        var learner = learnerId ?? Learner.DefaultId;
        if (await PracticeAsync(attempts, learner, attemptId, cancellationToken) is not { } view)
        {
            return NoAttempt(attemptId);
        }

        if (position < 0 || position >= view.Questions.Count)
        {
            return NotFound("No such question", $"Attempt {attemptId} has questions 0 to {view.Questions.Count - 1}; there is no question {position}.");
        }

        var answer = new QuizAnswer(body.Chosen ?? [], body.Typed);
        if (QuizInput.Problem(view.Questions[position].Question, answer) is { } problem)
        {
            return TypedResults.BadRequest(Problem("Invalid answer", $"Question {position}: {problem}", StatusCodes.Status400BadRequest));
        }

        var after = view.Questions[position].IsAnswered || view.IsEnded
            ? null
            : await attempts.AnswerAsync(learner, attemptId, position, answer, cancellationToken);
        if (after is not null)
        {
            return TypedResults.Ok(Answered(after, position, replayed: false));
        }

        // Not stored now: answered before (a retry, or another client), or closed. A repeat of the stored answer gets
        // the same reply as the first time; anything else is a conflict.
        var now = await attempts.GetAsync(learner, attemptId, cancellationToken) ?? view;
        var stored = now.Questions[position];
        if (stored.Answer is { } given && QuizApiRequests.SameAnswer(given, answer))
        {
            return TypedResults.Ok(Answered(now, position, replayed: true));
        }

        return TypedResults.Conflict(new ApiQuizConflict(attemptId, position, stored.IsAnswered
            ? $"Question {position} was already answered with a different answer; practice answers are final, nothing was stored."
            : $"Attempt {attemptId} has ended; nothing was stored."));
    }

    private static async Task<Results<Ok<ApiQuizResult>, NotFound<ProblemDetails>>> ResultAsync(
        int attemptId, [FromHeader(Name = LearnerHeader.Name)] int? learnerId, QuizAttempts attempts, CancellationToken cancellationToken)
    {
        if (await PracticeAsync(attempts, learnerId ?? Learner.DefaultId, attemptId, cancellationToken) is not { } view)
        {
            return NoAttempt(attemptId);
        }

        var answered = view.Questions.Where(q => q.IsAnswered).Select(q => new ApiAnsweredQuestion(
            q.Position, KindName(q.Question.Kind), q.Question.Prompt, q.Answer!.Chosen, q.Answer.Typed, q.IsCorrect == true,
            q.Question.CorrectIndexes, q.Question.Explanation, q.Question.NoteSlug, q.Question.SectionAnchor)).ToList();
        return TypedResults.Ok(new ApiQuizResult(
            view.Id, view.ScopeLabel, view.Questions.Count, view.AnsweredCount, view.CorrectCount, view.IsEnded, view.Score, view.Passed,
            [.. view.DomainResults.Select(d => new ApiDomainResult(d.Domain, d.Correct, d.Total))], answered));
    }

    // Exams are page-only: their answers stay unmarked until submit, which this API does not model.
    private static async Task<QuizAttemptView?> PracticeAsync(QuizAttempts attempts, int learner, int attemptId, CancellationToken cancellationToken) =>
        await attempts.GetAsync(learner, attemptId, cancellationToken) is { Mode: QuizMode.Practice } view ? view : null;

    private static ApiQuizAnswered Answered(QuizAttemptView view, int position, bool replayed)
    {
        var q = view.Questions[position];
        return new ApiQuizAnswered(
            view.Id, position, q.IsCorrect == true, replayed, q.Question.CorrectIndexes, q.Question.AcceptedAnswers, q.Question.Explanation,
            view.AnsweredCount, view.Questions.Count(x => x.IsCorrect == true), view.Questions.Count, view.IsEnded, view.Score);
    }

    private static string KindName(QuestionKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static NotFound<ProblemDetails> NoAttempt(int attemptId) =>
        NotFound("No such practice quiz", string.Create(CultureInfo.InvariantCulture, $"There is no practice quiz {attemptId} for this learner."));

    private static NotFound<ProblemDetails> NotFound(string title, string detail) =>
        TypedResults.NotFound(Problem(title, detail, StatusCodes.Status404NotFound));

    private static ProblemDetails Problem(string title, string detail, int status) => new() { Title = title, Detail = detail, Status = status };
}
