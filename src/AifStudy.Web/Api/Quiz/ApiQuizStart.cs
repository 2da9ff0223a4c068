namespace AifStudy.Web.Api.Quiz;

/// <summary>The body of POST /api/quiz: a practice quiz's scope, size and kinds.</summary>
/// <param name="Domain">Limit to one AIF-C01 domain (1..5).</param>
/// <param name="Note">Limit to one note, by slug.</param>
/// <param name="Section">With <paramref name="Note"/>: limit to one section (and its subsections), by anchor.</param>
/// <param name="Count">How many questions, 1 to 50.</param>
/// <param name="Kinds">Question kinds to ask (multipleChoice, multipleResponse, ordering, matching, trueFalse, cloze); all when absent.</param>
/// <param name="Seed">Makes the draw repeatable; random when absent.</param>
public sealed record ApiQuizStart(int? Domain = null, string? Note = null, string? Section = null, int Count = 10, IReadOnlyList<string>? Kinds = null, int? Seed = null);
