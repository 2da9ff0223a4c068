namespace AifStudy.Web.Services.Flashcards;

/// <summary>What is waiting in a scope now.</summary>
/// <param name="Due">Cards in Review state that are due now.</param>
/// <param name="New">New cards that may still be introduced today (the daily limit applied).</param>
/// <param name="Learning">Cards in Learning or Relearning that are due now.</param>
public sealed record QueueCounts(int Due, int New, int Learning)
{
    public int Total => Due + New + Learning;
}
