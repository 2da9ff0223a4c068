using AifStudy.Core.Notes;

namespace AifStudy.Core.Exam;

/// <summary>One section the classifier got wrong: its title, the task its label names, and what the classifier said.</summary>
public sealed record ClassificationMiss(string Title, string Expected, string? Got);

/// <summary>How a labelled note's sections were classified with their labels taken out.</summary>
/// <param name="Sections">Sections with a task label and a body of their own.</param>
/// <param name="DomainRight">How many got their label's domain.</param>
/// <param name="TaskRight">How many got their label's task statement.</param>
/// <param name="Misses">The sections whose task statement was wrong.</param>
public sealed record LabelledAccuracyResult(int Sections, int DomainRight, int TaskRight, IReadOnlyList<ClassificationMiss> Misses)
{
    /// <summary>Adds two results (for a folder of notes).</summary>
    public static LabelledAccuracyResult operator +(LabelledAccuracyResult a, LabelledAccuracyResult b) =>
        new(a.Sections + b.Sections, a.DomainRight + b.DomainRight, a.TaskRight + b.TaskRight, [.. a.Misses, .. b.Misses]);

    /// <summary>Nothing measured.</summary>
    public static LabelledAccuracyResult Empty { get; } = new(0, 0, 0, []);
}

/// <summary>
/// Measures the classifier on a note that labels its sections with task statements ("任务陈述 3.2"): every label is
/// taken out of a copy (headings and text, and the front matter's <c>domain</c> and <c>task</c>), the copy is
/// classified, and each section is compared with what its label said.
/// </summary>
public static class LabelledAccuracy
{
    /// <summary>The note with every task and domain label taken out, line by line.</summary>
    public static string StripLabels(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(l => !FrontMatterKey(l))
            .Select(l => l.TrimStart().StartsWith('#') ? l[..(l.IndexOf('#', StringComparison.Ordinal))] + Heading(l.TrimStart()) : Labels.Remove(l));
        return string.Join('\n', lines);
    }

    /// <summary>Classifies the stripped copy of <paramref name="markdown"/> and compares it with the labels.</summary>
    public static LabelledAccuracyResult Measure(NoteParser parser, string markdown, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        var original = parser.Parse(markdown, fileName);
        var stripped = parser.Parse(StripLabels(markdown), fileName);
        if (stripped.Sections.Count != original.Sections.Count)
        {
            throw new InvalidOperationException($"{fileName}: taking the labels out changed the sections ({original.Sections.Count} → {stripped.Sections.Count}).");
        }

        // A title that is a domain's name ("基础模型的应用") is a label too: the copy is classified on its text alone.
        var classified = SectionClassifier.Classify(stripped, readLabels: false);
        var sections = 0;
        var domainRight = 0;
        var taskRight = 0;
        var misses = new List<ClassificationMiss>();
        foreach (var section in original.Sections.Where(s => !s.IsEmpty && !s.IsPlaceholder))
        {
            if (Labels.InPath(section.Path).Task is not { } expected)
            {
                continue;
            }

            var got = classified[section.Index];
            sections++;
            domainRight += got.Domain == ExamGuide.Find(expected)!.Domain ? 1 : 0;
            if (got.TaskId == expected)
            {
                taskRight++;
            }
            else
            {
                misses.Add(new ClassificationMiss(stripped.Sections[section.Index].Title, expected, got.TaskId));
            }
        }

        return new LabelledAccuracyResult(sections, domainRight, taskRight, misses);
    }

    // "## 任务陈述 3.2：选择…" → "## 选择…"; a heading left with no words keeps its marks.
    private static string Heading(string line)
    {
        var marks = line.Length - line.TrimStart('#').Length;
        return line[..marks] + " " + Labels.Strip(line[marks..].Trim());
    }

    private static bool FrontMatterKey(string line) =>
        line.StartsWith("domain:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("task:", StringComparison.OrdinalIgnoreCase);
}
