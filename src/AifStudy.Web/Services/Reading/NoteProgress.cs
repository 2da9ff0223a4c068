namespace AifStudy.Web.Services.Reading;

/// <summary>How much of a note a learner has read: sections marked read out of its sections with a body of their own.</summary>
public sealed record NoteProgress(int Read, int Total)
{
    public static NoteProgress None { get; } = new(0, 0);

    public bool IsComplete => Total > 0 && Read >= Total;

    /// <summary>0..1; 0 for a note without readable sections.</summary>
    public double Fraction => Total == 0 ? 0 : Math.Min(1, Read / (double)Total);
}
