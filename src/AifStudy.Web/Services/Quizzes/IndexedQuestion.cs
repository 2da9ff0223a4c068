using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A question of a <see cref="NoteQuestionIndex"/>: its kind, its section (the index of the first section with its
/// anchor), its domain (its section's, <see cref="QuizQuestion.Domain"/>) and what it asks
/// (<see cref="QuizSelection.FactOf"/> as a <see cref="QuestionKeyHash"/>) and its task statement
/// (<see cref="QuizQuestion.TaskStatement"/>), all a draw needs.
/// </summary>
public readonly record struct IndexedQuestion(QuestionKind Kind, int Section, int? Domain = null, ulong Fact = 0, string? Task = null);
