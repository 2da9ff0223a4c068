using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Reading;

/// <summary>A learner's reading state of one note: the anchors of the sections read and the chosen language.</summary>
public sealed record NoteReading(IReadOnlyList<string> ReadAnchors, ReadingLanguage Language)
{
    public static NoteReading Unread { get; } = new([], ReadingLanguage.Both);
}
