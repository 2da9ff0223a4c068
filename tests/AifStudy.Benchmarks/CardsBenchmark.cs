using System.Diagnostics;
using System.Globalization;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Benchmarks;

/// <summary>
/// The import's cards phase alone (no database): every parsed note of the generated corpus through
/// <see cref="CardGenerator.Generate"/> (candidates and every quality check), on one thread as the import's preparer runs
/// it, beside the parse of the same notes.
/// </summary>
internal static class CardsBenchmark
{
    public static void Run(int noteCount, TextWriter output)
    {
        var texts = ParseBenchmark.CorpusTexts(noteCount);
        var parser = new NoteParser();
        var parseTime = Stopwatch.StartNew();
        var notes = texts.Select(t => parser.Parse(t)).ToArray();
        parseTime.Stop();
        var cards = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var cardsTime = Stopwatch.StartNew();
        for (var i = 0; i < notes.Length; i++)
        {
            cards += CardGenerator.Generate(notes[i], "note-" + i.ToString(CultureInfo.InvariantCulture)).Count;
        }

        cardsTime.Stop();
        var cardsCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            corpus: {noteCount} notes, {notes.Sum(n => n.Sections.Count)} sections, {cards} cards, on {Environment.ProcessorCount} cores, .NET {Environment.Version}

            | phase, one thread | seconds | per note |
            |---|---|---|
            | parse | {parseTime.Elapsed.TotalSeconds:0.0} | {parseTime.Elapsed.TotalMilliseconds / noteCount:0.00} ms |
            | cards (candidates and checks) | {cardsTime.Elapsed.TotalSeconds:0.0} | {cardsTime.Elapsed.TotalMilliseconds / noteCount:0.00} ms |
            | cards, process CPU (less sensitive to a busy machine) | {cardsCpu.TotalSeconds:0.0} | {cardsCpu.TotalMilliseconds / noteCount:0.00} ms |
            """));
    }
}
