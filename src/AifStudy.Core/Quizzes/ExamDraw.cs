namespace AifStudy.Core.Quizzes;

/// <summary>The questions of an exam simulation and how they were allocated.</summary>
/// <param name="Questions">The questions in the order they are asked.</param>
/// <param name="Allocation">Questions wanted per domain (weights re-normalised over domains that have questions).</param>
/// <param name="Shortfalls">Domains whose notes could not supply their share.</param>
public sealed record ExamDraw(IReadOnlyList<QuizQuestion> Questions, IReadOnlyDictionary<int, int> Allocation, IReadOnlyList<DomainShortfall> Shortfalls);

/// <summary>An exam drawn from stand-ins for questions (<see cref="QuizSelection.DrawExam{T, TSection}"/>); as <see cref="ExamDraw"/>.</summary>
public sealed record ExamDraw<T>(IReadOnlyList<T> Questions, IReadOnlyDictionary<int, int> Allocation, IReadOnlyList<DomainShortfall> Shortfalls);
