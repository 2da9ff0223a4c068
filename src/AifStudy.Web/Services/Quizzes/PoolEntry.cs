namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A question of a draw before it is generated: the note (index into the draw's notes), its position among that
/// note's questions, its section and domain; what <see cref="Core.Quizzes.QuizSelection"/> groups by.
/// </summary>
internal readonly record struct PoolEntry(int Note, int Position, string Anchor, int? Domain)
{
    public (int Note, string Anchor) Section => (Note, Anchor);
}
