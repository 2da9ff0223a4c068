namespace AifStudy.Web.Data;

/// <summary>A section of a note as parsed by AifStudy.Core, stored for pages, search and generators.</summary>
public sealed class Section
{
    public int Id { get; set; }

    public int NoteId { get; set; }

    public Note? Note { get; set; }

    /// <summary>Index within the note (document order).</summary>
    public int Position { get; set; }

    /// <summary>Position of the parent section, or null for top-level sections.</summary>
    public int? ParentPosition { get; set; }

    public int Level { get; set; }

    public required string Title { get; set; }

    /// <summary>Heading path joined with " › ".</summary>
    public required string PathText { get; set; }

    public required string Anchor { get; set; }

    public int Line { get; set; }

    public bool IsEmpty { get; set; }

    public bool IsInferred { get; set; }

    public required string Markdown { get; set; }

    public required string PlainText { get; set; }

    public string Languages { get; set; } = "";

    /// <summary>Milliseconds the section must be on screen to count as read (<see cref="Core.Notes.ReadingTime.OnScreen"/> of its text).</summary>
    public int ReadMilliseconds { get; set; } = 2000;

    /// <summary>The full Core <c>NoteSection</c> as JSON (lists, terms, pairs ...), for generators.</summary>
    public required string StructureJson { get; set; }
}
