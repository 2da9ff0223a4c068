using System.Globalization;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Benchmarks;

/// <summary>Parse throughput alone (no database): the generated corpus through our parser and through bare Markdig.</summary>
internal static class ParseBenchmark
{
    /// <summary>The texts of a generated corpus of <paramref name="noteCount"/> notes (written to a temporary folder and read back).</summary>
    public static string[] CorpusTexts(int noteCount)
    {
        var work = Path.Combine(Path.GetTempPath(), "aifstudy-corpus-" + Guid.NewGuid().ToString("N")[..8]);
        var texts = CorpusGenerator.Write(work, noteCount).Select(File.ReadAllText).ToArray();
        Directory.Delete(work, recursive: true);
        return texts;
    }

    public static void Run(int noteCount, TextWriter output)
    {
        var texts = CorpusTexts(noteCount);
        var megabytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t)) / 1024.0 / 1024.0;
        var parser = new NoteParser();
        var sections = texts.Take(20).Sum(t => parser.Parse(t).Sections.Count) / 20.0;
        var result = ParseThroughput.Measure(parser, texts);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            corpus: {noteCount} notes, {megabytes:0.0} MB, {sections:0.0} sections per note, on {Environment.ProcessorCount} cores, .NET {Environment.Version}

            | parser (best of {ParseThroughput.Rounds}) | MB/s |
            |---|---|
            | our NoteParser | {megabytes / result.Ours.TotalSeconds:0.0} |
            | bare `Markdig.Markdown.Parse` | {megabytes / result.BareMarkdig.TotalSeconds:0.0} |
            | `Markdig.Markdown.Parse` with our pipeline | {megabytes / result.OurPipeline.TotalSeconds:0.0} |
            | ratio ours / bare (target ≥ 0.5) | {result.Ratio:0.00} |
            """));
    }
}
