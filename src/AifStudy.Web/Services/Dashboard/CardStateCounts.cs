namespace AifStudy.Web.Services.Dashboard;

/// <summary>
/// Active cards of a domain as the dashboard groups them: never studied, being learned (learning, relearning, or in
/// review with stability under 21 days) and mature (review, stability of 21 days or more, as in Anki).
/// </summary>
public sealed record CardStateCounts(int New, int Learning, int Mature)
{
    public static CardStateCounts None { get; } = new(0, 0, 0);

    public int Total => New + Learning + Mature;
}
