using System.Diagnostics;
using System.Globalization;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Benchmarks;

/// <summary>
/// The import's cards phase alone (no database): every parsed note of the generated corpus through
/// <see cref="CardGenerator.Generate"/> (candidates and every quality check), on one thread as the import's preparer runs
/// it, beside the parse of the same notes. Its allocations are counted too: unlike times, they do not depend on how busy
/// the machine is.
/// </summary>
internal static class CardsBenchmark
{
    public static void Run(int noteCount, bool byType, TextWriter output)
    {
        var texts = ParseBenchmark.CorpusTexts(noteCount);
        var parser = new NoteParser();
        var parseTime = Stopwatch.StartNew();
        var notes = texts.Select(t => parser.Parse(t)).ToArray();
        parseTime.Stop();
        var cards = 0;
        using var types = byType ? new AllocationsByType() : null;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cardsTime = Stopwatch.StartNew();
        for (var i = 0; i < notes.Length; i++)
        {
            cards += CardGenerator.Generate(notes[i], "note-" + i.ToString(CultureInfo.InvariantCulture)).Count;
        }

        cardsTime.Stop();
        if (types is not null)
        {
            output.WriteLine("bytes allocated by type (sampled every ~100 KB by the runtime), largest first:");
            foreach (var (type, bytes) in types.Largest(25))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6,10:0.0} MB  {type}"));
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var cardsCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            corpus: {noteCount} notes, {notes.Sum(n => n.Sections.Count)} sections, {cards} cards, on {Environment.ProcessorCount} cores, .NET {Environment.Version}

            | phase, one thread | seconds | per note |
            |---|---|---|
            | parse | {parseTime.Elapsed.TotalSeconds:0.0} | {parseTime.Elapsed.TotalMilliseconds / noteCount:0.00} ms |
            | cards (candidates and checks) | {cardsTime.Elapsed.TotalSeconds:0.0} | {cardsTime.Elapsed.TotalMilliseconds / noteCount:0.00} ms |
            | cards, process CPU (less sensitive to a busy machine) | {cardsCpu.TotalSeconds:0.0} | {cardsCpu.TotalMilliseconds / noteCount:0.00} ms |
            | cards, bytes allocated (the same on any machine: the garbage collector's work) | {allocated / 1e9:0.00} GB | {allocated / 1e6 / noteCount:0.00} MB |
            """));
    }
}
