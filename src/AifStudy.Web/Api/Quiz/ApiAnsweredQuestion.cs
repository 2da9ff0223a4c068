namespace AifStudy.Web.Api.Quiz;

/// <summary>One answered question of an attempt's result, with the learner's answer, the solution and the explanation.</summary>
public sealed record ApiAnsweredQuestion(
    int Position,
    string Kind,
    string Prompt,
    IReadOnlyList<int> Chosen,
    string? Typed,
    bool Correct,
    IReadOnlyList<int> CorrectIndexes,
    string Explanation,
    string NoteSlug,
    string SectionAnchor);
