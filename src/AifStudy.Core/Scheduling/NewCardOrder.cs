namespace AifStudy.Core.Scheduling;

/// <summary>The order new cards are met in, as Anki offers it.</summary>
public enum NewCardOrder
{
    /// <summary>Note by note, each in the order of its sections (the default): one lecture at a time.</summary>
    ByNote,

    /// <summary>The first card of every note, then the second of every note, and so on: all lectures at once.</summary>
    Interleaved,

    /// <summary>Shuffled, the same shuffle all day and a new one the next day.</summary>
    Random,
}

/// <summary>The arithmetic behind <see cref="NewCardOrder.Random"/>, kept to what SQL can compute.</summary>
public static class NewCardShuffle
{
    /// <summary>The multiplier of the hash (Knuth's multiplicative constant).</summary>
    public const long Multiplier = 2654435761L;

    /// <summary>The modulus of the hash (a prime): keys fall in 0 … Modulus − 1.</summary>
    public const long Modulus = 1_000_003L;

    /// <summary>The day's seed: the same for every query of one local day, another the next day.</summary>
    public static long Seed(DateOnly day) => (day.DayNumber * 40503L) % Modulus;

    /// <summary>The sort key of card <paramref name="cardId"/> on the day of <paramref name="seed"/>.</summary>
    public static long Key(int cardId, long seed) => ((cardId * Multiplier) + seed) % Modulus;
}
