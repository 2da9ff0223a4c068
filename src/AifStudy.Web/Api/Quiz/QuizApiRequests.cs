using System.Text.Json;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Quizzes;

namespace AifStudy.Web.Api.Quiz;

/// <summary>Checks on quiz API requests, with messages that say what to send instead.</summary>
internal static class QuizApiRequests
{
    /// <summary>Why <paramref name="body"/> cannot start a quiz, or null (and the kinds it asks for).</summary>
    public static string? SetupProblem(ApiQuizStart body, out IReadOnlySet<QuestionKind> kinds)
    {
        kinds = QuizSetup.AllKinds;
        if (body.Count is < 1 or > QuizSetup.MaxCount)
        {
            return $"'count' must be 1 to {QuizSetup.MaxCount}; {body.Count} was sent.";
        }

        if (body.Domain is { } domain && domain is < 1 or > 5)
        {
            return $"'domain' must be 1 to 5; {domain} was sent.";
        }

        if (body.Section is not null && body.Note is null)
        {
            return "'section' needs 'note': a section anchor is only unique within its note.";
        }

        if (body.Kinds is null)
        {
            return null;
        }

        var parsed = new HashSet<QuestionKind>();
        foreach (var name in body.Kinds)
        {
            if (!Enum.TryParse<QuestionKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(name, out _))
            {
                return $"'{name}' is not a question kind: use {string.Join(", ", QuizSetup.AllKinds.Order().Select(k => $"'{JsonNamingPolicy.CamelCase.ConvertName(k.ToString())}'"))}.";
            }

            parsed.Add(kind);
        }

        if (parsed.Count == 0)
        {
            return "'kinds' is empty: leave it out for every kind, or name at least one.";
        }

        kinds = parsed;
        return null;
    }

    /// <summary>True when <paramref name="sent"/> is the answer already stored (a retried request).</summary>
    public static bool SameAnswer(QuizAnswer stored, QuizAnswer sent) =>
        stored.Chosen.SequenceEqual(sent.Chosen) && (stored.Typed ?? "") == (sent.Typed ?? "");
}
