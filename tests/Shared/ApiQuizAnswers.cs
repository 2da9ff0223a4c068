using AifStudy.Web.Api.Quiz;

namespace AifStudy.Tests.Shared;

/// <summary>Well-formed answers to a question as the quiz API shows it, chosen at random: what a learner guessing would send.</summary>
internal static class ApiQuizAnswers
{
    public static ApiQuizAnswer Guess(ApiQuizQuestion question, Random random)
    {
        var options = question.Options.Count;
        return question.Kind switch
        {
            "cloze" => new ApiQuizAnswer(Typed: "a guess"),
            "multipleResponse" => new ApiQuizAnswer([.. Enumerable.Range(0, options).OrderBy(_ => random.Next()).Take(question.Choose ?? 2).Order()]),
            "ordering" => new ApiQuizAnswer([.. Enumerable.Range(0, options).OrderBy(_ => random.Next())]),
            "matching" => new ApiQuizAnswer([.. question.Items.Select(_ => random.Next(options))]),
            _ => new ApiQuizAnswer([random.Next(options)]),
        };
    }
}
