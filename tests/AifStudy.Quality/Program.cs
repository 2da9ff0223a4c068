using AifStudy.Quality;

// Usage: dotnet run --project tests/AifStudy.Quality -- sample --seed N --out sample.md [--key key.md] [--cards 40] [--questions 40] [--per-note N]
//            <folder of the user's notes> <folder of gathered notes>...
// Draws a blind-review sample (docs/quality.md): half the items from the first folder, half from the others.
string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var optionNames = new HashSet<string>(["--seed", "--out", "--key", "--cards", "--questions", "--per-note"]);
var folders = args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal)
    && !optionNames.Contains(args.Skip(1).ElementAtOrDefault(i - 1) ?? "")).ToList();
if (args.FirstOrDefault() == "report" && folders.Count >= 1)
{
    // Usage: report [--seed N] <folder>...: per note, the items kept and the candidates dropped by reason.
    Console.Write(QualityReport.Write(folders, int.Parse(Option("--seed", "1"), System.Globalization.CultureInfo.InvariantCulture), args.Contains("--examples")));
    return 0;
}

if (args.FirstOrDefault() == "list" && folders.Count == 1)
{
    // Usage: list [--seed N] <folder>: every card and question of every note, with its source section.
    Console.Write(QualitySample.All(folders[0], int.Parse(Option("--seed", "1"), System.Globalization.CultureInfo.InvariantCulture)).ReviewerText());
    return 0;
}

if (args.FirstOrDefault() is "classify" or "accuracy" && folders.Count >= 1)
{
    // Usage: classify <folder>: each section's domain and task statement with its confidence and source.
    // Usage: accuracy <folder>: for notes that label their sections with task statements, the text-alone accuracy.
    Console.Write(args[0] == "classify" ? ExamClassification.Classify(folders, args.Contains("--stripped")) : ExamClassification.Accuracy(folders));
    return 0;
}

if (args.FirstOrDefault() != "sample" || folders.Count < 2)
{
    Console.Error.WriteLine("usage: sample --seed N --out sample.md [--key key.md] [--cards 40] [--questions 40] [--per-note N] <own notes> <gathered notes>...");
    return 2;
}

var sample = QualitySample.Draw(
    folders[0],
    folders.Skip(1).ToList(),
    int.Parse(Option("--seed", "1"), System.Globalization.CultureInfo.InvariantCulture),
    int.Parse(Option("--cards", "40"), System.Globalization.CultureInfo.InvariantCulture),
    int.Parse(Option("--questions", "40"), System.Globalization.CultureInfo.InvariantCulture),
    int.Parse(Option("--per-note", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture));
File.WriteAllText(Option("--out", "sample.md"), sample.ReviewerText());
File.WriteAllText(Option("--key", "sample-key.md"), sample.KeyText());
Console.WriteLine(sample.Summary());
return 0;
