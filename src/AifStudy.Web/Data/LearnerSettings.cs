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
}
