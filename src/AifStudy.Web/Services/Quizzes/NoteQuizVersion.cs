namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// Everything a note's questions depend on besides the seed: the stored parse of one file version (its hash and the
/// parser's output version) under the slug the questions are keyed by. A re-import that changes any of them makes a new version.
/// </summary>
public sealed record NoteQuizVersion(int NoteId, string Slug, string ContentHash, string ParserVersion);
