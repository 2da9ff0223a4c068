namespace AifStudy.Web.Data;

/// <summary>Whoever progress belongs to. One default local learner until accounts exist.</summary>
public sealed class Learner
{
    public const int DefaultId = 1;

    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
