using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>A custom study session: its kind, and for <see cref="CustomStudy.Selected"/> the deck browser's search and filters.</summary>
/// <param name="Kind">Review ahead, today's lapses, quiz misses, or the browser's selection.</param>
/// <param name="Selection">The cards a <see cref="CustomStudy.Selected"/> session takes; ignored by the others.</param>
public sealed record CustomSession(CustomStudy Kind, CardListFilter? Selection = null)
{
    /// <summary>A session of <paramref name="kind"/> without a selection.</summary>
    public static implicit operator CustomSession(CustomStudy kind) => new(kind);
}
