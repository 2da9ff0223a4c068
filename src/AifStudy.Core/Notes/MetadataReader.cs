using System.Globalization;
using System.Text.RegularExpressions;
using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Notes;

/// <summary>Works out a note's title and AIF-C01 domain from front matter, falling back to its text.</summary>
internal static partial class MetadataReader
{
    private const int DomainSearchLength = 500;

    public static string Title(FrontMatter frontMatter, string? firstHeading, string markdown, string? fileName)
    {
        if (!string.IsNullOrWhiteSpace(frontMatter.Title))
        {
            return frontMatter.Title;
        }

        if (!string.IsNullOrWhiteSpace(firstHeading))
        {
            return firstHeading;
        }

        // The first line, unless it is a glossary's first entry (see FirstLine).
        if (FirstLine(markdown) is { } firstLine)
        {
            return firstLine;
        }

        var fromFile = string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileNameWithoutExtension(fileName);
        return string.IsNullOrWhiteSpace(fromFile) ? "Untitled" : fromFile;
    }

    // A list entry that defines a term (a name of up to 60 characters, then a colon or a spaced dash, then more), or one
    // too long to be a title.
    [GeneratedRegex(@"^\S[^:：]{0,59}?(:|：|\s[-–—]\s)\s*\S|^.{81,}$")]
    private static partial Regex EntryLine();

    // The first line (split at \n only) with text, trimmed.
    private static string? FirstLine(string markdown)
    {
        var rest = markdown.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var trimmed = (end < 0 ? rest : rest[..end]).Trim();
            if (trimmed.Length > 0)
            {
                // "* LLM", "1. Intro", "> Note": the first line's text, not its list or quote mark.
                // "* Accuracy (classification): A measure which is…": a list entry that defines a term opens a glossary;
                // it names no note.
                var line = trimmed.ToString();
                var text = ListMark().Replace(line, "");
                return text.Length != line.Length && EntryLine().IsMatch(text) ? null : text;
            }

            if (end < 0)
            {
                return null;
            }

            rest = rest[(end + 1)..];
        }
    }

    public static int? Domain(FrontMatter frontMatter, string title, string? firstHeading, string markdown)
    {
        if (frontMatter.Domain is { } written && Digit().Match(written) is { Success: true } m)
        {
            var value = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (value is >= 1 and <= 5)
            {
                return value;
            }
        }

        foreach (var text in new[] { title, firstHeading ?? "", markdown[..Math.Min(markdown.Length, DomainSearchLength)] })
        {
            if (DomainInText().Match(text) is { Success: true } found)
            {
                return found.Groups[1].Value[0] - '0';
            }
        }

        return null;
    }

    /// <summary>The front matter's <c>task</c> (or <c>task_statement</c>, <c>taskStatement</c>) as "3.2", when it names one of the fourteen.</summary>
    public static string? Task(FrontMatter frontMatter)
    {
        foreach (var key in new[] { "task", "task_statement", "taskStatement", "task-statement" })
        {
            if (frontMatter.Values.TryGetValue(key, out var written) && TaskNumber().Match(written) is { Success: true } m && Exam.ExamGuide.Find(m.Value) is { } task)
            {
                return task.Id;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digit();

    [GeneratedRegex(@"^(?:[-*+>]|\d+[.)])\s+")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"[1-5]\.[1-4]")]
    private static partial Regex TaskNumber();

    [GeneratedRegex(@"(?:领域|領域|Domain)\s*([1-5])(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DomainInText();
}
