using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A question of a <see cref="NoteQuestionIndex"/>: its kind and its section (the index of the first section with its
/// anchor), all a draw needs.
/// </summary>
public readonly record struct IndexedQuestion(QuestionKind Kind, int Section);
