namespace AifStudy.Web.Data;

/// <summary>
/// One learner's quiz or exam simulation. The questions asked are stored as snapshots with it
/// (<see cref="QuizAttemptQuestion"/>), so the attempt can be reviewed after the notes changed.
/// </summary>
public sealed class QuizAttempt
{
    public int Id { get; set; }

    public int LearnerId { get; set; }

    public QuizMode Mode { get; set; }

    /// <summary>Scope the questions were drawn from (null = any); same meaning as the flashcard scope.</summary>
    public int? ScopeDomain { get; set; }

    public string? ScopeNoteSlug { get; set; }

    public string? ScopeSectionAnchor { get; set; }

    /// <summary>What the learner sees as the scope ("All notes", "Retry my mistakes" ...).</summary>
    /// <summary>The task statement the practice quiz was drawn from ("3.2"), or null.</summary>
    public string? ScopeTaskId { get; set; }

    public required string ScopeLabel { get; set; }

    /// <summary>The generator seed: the same seed over the same notes asks the same questions the same way.</summary>
    public int Seed { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Exam only: when the server submits the attempt on its own.</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>When the attempt was submitted (or its last practice question answered); null while open.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>True when the deadline, not the learner, ended the attempt.</summary>
    public bool AutoSubmitted { get; set; }

    public int QuestionCount { get; set; }

    public int CorrectCount { get; set; }

    /// <summary>Scaled score 100..1000 once ended.</summary>
    public int? Score { get; set; }

    /// <summary>Why fewer questions were asked than requested, or null.</summary>
    public string? Shortfall { get; set; }

    public List<QuizAttemptQuestion> Questions { get; set; } = [];
}
