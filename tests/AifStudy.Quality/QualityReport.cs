using System.Globalization;
using System.Text;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;

namespace AifStudy.Quality;

/// <summary>
/// Per note: how many cards and questions the generators kept (and per KB), and why they dropped the rest, so that a
/// person can see why a note yields what it yields (docs/quality.md).
/// </summary>
internal static class QualityReport
{
    public static string Write(IReadOnlyList<string> folders, int seed, bool examples)
    {
        var text = new StringBuilder();
        var details = new StringBuilder();
        text.Append("| note | KB | cards | questions | cards/KB | questions/KB | cards dropped | questions dropped |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        var parser = new NoteParser();
        var totals = (Cards: 0, Questions: 0, Bytes: 0L);
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.md", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (NoteDecoder.Decode(bytes).Text is not { } markdown)
            {
                continue;
            }

            var note = parser.Parse(markdown, Path.GetFileName(file));
            var slug = Path.GetFileNameWithoutExtension(file);
            var cards = new GenerationReport();
            var questions = new GenerationReport();
            CardGenerator.Generate(note, slug, cards);
            QuestionGenerator.Generate(note, slug, note.Metadata.Domain, seed, questions);
            Examples(details, Path.GetFileName(file), "card", cards);
            Examples(details, Path.GetFileName(file), "question", questions);
            var kb = bytes.Length / 1024.0;
            totals = (totals.Cards + cards.Kept, totals.Questions + questions.Kept, totals.Bytes + bytes.Length);
            text.Append(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(file)} | {kb:0.0} | {cards.Kept} | {questions.Kept} | {cards.Kept / kb:0.00} | {questions.Kept / kb:0.00} | {Reasons(cards)} | {Reasons(questions)} |\n");
        }

        var totalKb = totals.Bytes / 1024.0;
        text.Append(CultureInfo.InvariantCulture,
            $"| **all** | {totalKb:0.0} | {totals.Cards} | {totals.Questions} | {totals.Cards / totalKb:0.00} | {totals.Questions / totalKb:0.00} | | |\n");
        if (examples)
        {
            text.Append('\n').Append(details);
        }

        return text.ToString();
    }

    private static void Examples(StringBuilder text, string file, string what, GenerationReport report)
    {
        foreach (var reason in report.Dropped.Keys)
        {
            foreach (var example in report.Examples(reason))
            {
                text.Append(CultureInfo.InvariantCulture, $"- {file} {what} **{reason}**: {example.ReplaceLineEndings(" ")}\n");
            }
        }
    }

    private static string Reasons(GenerationReport report) =>
        string.Join(", ", report.Dropped.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Value}"));
}
