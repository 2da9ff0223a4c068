namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A question of a draw before it is generated: the note (index into the draw's notes), its position among that
/// note's questions, its section (<see cref="IndexedQuestion.Section"/>), domain and fact (<see cref="IndexedQuestion.Fact"/>),
/// and its task statement (the domain and task statement as the learner's corrections place them).
/// </summary>
internal readonly record struct PoolEntry(int Note, int Position, int Section, int? Domain, ulong Fact = 0, string? Task = null)
{
    /// <summary>
    /// What <see cref="Core.Quizzes.QuizSelection"/> groups by: equal exactly when the questions' slug and anchor are,
    /// since an indexed section is the first with its anchor. Two integers hash faster than a string over a large pool.
    /// </summary>
    public (int Note, int Section) SectionKey => (Note, Section);
}
