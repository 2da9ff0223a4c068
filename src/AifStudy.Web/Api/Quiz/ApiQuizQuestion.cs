namespace AifStudy.Web.Api.Quiz;

/// <summary>
/// The question to answer next, as GET /api/quiz/{attemptId}/current returns it: what the page shows before an answer,
/// never the solution or the explanation.
/// </summary>
/// <param name="Position">Send the answer to this position: it is the question's version (answered once).</param>
/// <param name="Choose">For multipleResponse: how many options to choose; otherwise null.</param>
/// <param name="Items">For matching: the terms, each to be matched to one of <paramref name="Options"/>.</param>
public sealed record ApiQuizQuestion(
    int AttemptId,
    int Position,
    int QuestionCount,
    string Kind,
    string Prompt,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> Items,
    int? Choose,
    string NoteSlug,
    string SectionAnchor);
