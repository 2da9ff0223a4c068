namespace AifStudy.Web.Data;

/// <summary>A learner's review settings.</summary>
public sealed class LearnerSettings
{
    public int LearnerId { get; set; }

    /// <summary>New cards introduced per local day.</summary>
    public int NewCardsPerDay { get; set; } = 20;

    /// <summary>Recall probability reviews are scheduled for, 0.7..0.99.</summary>
    public double DesiredRetention { get; set; } = 0.9;

    public int MaximumIntervalDays { get; set; } = 36500;

    /// <summary>FSRS weights as pasted from Anki (19 or 21 numbers); empty for the FSRS-6 defaults.</summary>
    public string Weights { get; set; } = "";

    public bool EnableFuzz { get; set; } = true;

    /// <summary>Minutes ahead a learning card may be shown when nothing else is due (Anki's learn-ahead limit).</summary>
    public int LearnAheadMinutes { get; set; } = 20;

    /// <summary>Whether a card waits for the next day once a sibling (same note, same subject) was reviewed today.</summary>
    public bool BurySiblings { get; set; } = true;

    /// <summary>Lapses that make a card a leech, which is then suspended; 0 turns leeches off.</summary>
    public int LeechThreshold { get; set; } = 8;

    /// <summary>The order new cards are met in: note by note (default), interleaved across notes, or shuffled per day.</summary>
    public AifStudy.Core.Scheduling.NewCardOrder NewCardOrder { get; set; }
}
