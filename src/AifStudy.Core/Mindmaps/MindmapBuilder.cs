using AifStudy.Core.Notes;

namespace AifStudy.Core.Mindmaps;

/// <summary>Builds Mermaid <c>mindmap</c> source from a note's heading and list outline.</summary>
public static class MindmapBuilder
{
    /// <summary>Mermaid mindmap source for <paramref name="note"/>: root = title, then headings, then list items.</summary>
    public static string Build(ParsedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var lines = new List<string> { "mindmap", "  root((" + note.Metadata.Title + "))" };
        foreach (var section in note.Sections)
        {
            lines.Add(new string(' ', 2 + (2 * section.Level)) + section.Title);
        }

        return string.Join('\n', lines);
    }
}
