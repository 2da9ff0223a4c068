namespace AifStudy.Core.Scheduling;

/// <summary>The FSRS memory of one card.</summary>
/// <param name="Stability">Days until recall probability falls to 90%.</param>
/// <param name="Difficulty">How hard the card is, in [1, 10].</param>
public sealed record MemoryState(double Stability, double Difficulty);
