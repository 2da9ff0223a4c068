using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A question of a <see cref="NoteQuestionIndex"/>: its kind, its section (the index of the first section with its
/// anchor) and its domain (its section's, <see cref="QuizQuestion.Domain"/>), all a draw needs.
/// </summary>
public readonly record struct IndexedQuestion(QuestionKind Kind, int Section, int? Domain = null);
