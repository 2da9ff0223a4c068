using System.Globalization;
using System.Text;
using AifStudy.Core.Exam;
using AifStudy.Core.Notes;

namespace AifStudy.Quality;

/// <summary>The exam-guide classifier over folders of notes, for docs/exam-guide.md.</summary>
internal static class ExamClassification
{
    private static readonly NoteParser Parser = new();

    /// <summary>Each note's sections with their domain, task statement, confidence and source, and the three best scores.</summary>
    public static string Classify(IEnumerable<string> folders, bool stripped = false)
    {
        var text = new StringBuilder();
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.md")).Order(StringComparer.Ordinal))
        {
            var markdown = File.ReadAllText(file);
            var note = Parser.Parse(stripped ? LabelledAccuracy.StripLabels(markdown) : markdown, Path.GetFileName(file));
            text.AppendLine(CultureInfo.InvariantCulture, $"## {Path.GetFileName(file)}");
            foreach (var c in SectionClassifier.Classify(note, readLabels: !stripped))
            {
                var section = note.Sections[c.SectionIndex];
                var scores = KeywordScores.Of(section);
                var top = string.Join(", ", scores.Select((s, i) => (s, i)).Where(x => x.s > 0).OrderByDescending(x => x.s).Take(3)
                    .Select(x => $"{ExamGuide.TaskStatements[x.i].Id}:{x.s:0.0}"));
                text.AppendLine(CultureInfo.InvariantCulture, $"- {new string(' ', 2 * Math.Max(0, section.Level - 1))}{section.Title} → {c.Domain?.ToString(CultureInfo.InvariantCulture) ?? "-"} / {c.TaskId ?? "-"} ({c.TaskConfidence:0.00}, {c.Source}) [{top}]");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>Per note and in all, the labelled sections placed right by their text alone.</summary>
    public static string Accuracy(IEnumerable<string> folders)
    {
        var text = new StringBuilder("| note | sections | domain right | task right |\n| --- | ---: | ---: | ---: |\n");
        var total = LabelledAccuracyResult.Empty;
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.md")).Order(StringComparer.Ordinal))
        {
            var result = LabelledAccuracy.Measure(Parser, File.ReadAllText(file), Path.GetFileName(file));
            if (result.Sections == 0)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"| {Path.GetFileName(file)} | {result.Sections} | {result.DomainRight} | {result.TaskRight} |");
            total += result;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {total.Sections} | {total.DomainRight} ({Percent(total.DomainRight, total.Sections)}) | {total.TaskRight} ({Percent(total.TaskRight, total.Sections)}) |");
        foreach (var miss in total.Misses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {miss.Title}: {miss.Expected} → {miss.Got ?? "none"}");
        }

        return text.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
