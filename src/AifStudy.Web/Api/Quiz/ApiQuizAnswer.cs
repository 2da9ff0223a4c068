namespace AifStudy.Web.Api.Quiz;

/// <summary>The body of POST /api/quiz/{attemptId}/answers/{position}.</summary>
/// <param name="Chosen">Option indexes: one for multipleChoice and trueFalse, the chosen ones for multipleResponse, every option in order for ordering, one per item for matching.</param>
/// <param name="Typed">The typed answer of a cloze question.</param>
public sealed record ApiQuizAnswer(IReadOnlyList<int>? Chosen = null, string? Typed = null);
