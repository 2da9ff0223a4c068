using AifStudy.Benchmarks;

// Usage: dotnet run -c Release --project tests/AifStudy.Benchmarks -- [import] [--notes N] [--keep]  (--keep leaves the corpus and database)
//        dotnet run -c Release --project tests/AifStudy.Benchmarks -- parse [--notes N]
//        dotnet run -c Release --project tests/AifStudy.Benchmarks -- cards [--notes N] [--types]
//        dotnet run -c Release --project tests/AifStudy.Benchmarks -- notepage [--notes N] [--connections N] [--seconds N]
//        dotnet run -c Release --project tests/AifStudy.Benchmarks -- load [--learners N] [--seconds N] [--notes N]
//        dotnet run -c Release --project tests/AifStudy.Benchmarks -- review [--cards N] [--logs N] [--calls N]
//        dotnet run -c Release --project tests/AifStudy.Benchmarks -- search [--sections N] [--rounds N]
//        dotnet run -c Release --project tests/AifStudy.Benchmarks -- quizsetup [--sizes 20,215] [--rounds N]
int Option(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback);

if (args.FirstOrDefault() == "load")
{
    await LoadBenchmark.RunAsync(Option("--learners", 50), Option("--seconds", 60), Option("--notes", 100), Console.Out);
}
else if (args.FirstOrDefault() == "notepage")
{
    await NotePageBenchmark.RunAsync(Option("--notes", 20), Option("--connections", 32), Option("--seconds", 15), Console.Out);
}
else if (args.FirstOrDefault() == "parse")
{
    ParseBenchmark.Run(Option("--notes", 2000), Console.Out);
}
else if (args.FirstOrDefault() == "cards")
{
    CardsBenchmark.Run(Option("--notes", 2000), args.Contains("--types"), Console.Out);
}
else if (args.FirstOrDefault() == "review")
{
    await ReviewBenchmark.RunAsync(Option("--cards", 200_000), Option("--logs", 1_000_000), Option("--calls", 500), Console.Out);
}
else if (args.FirstOrDefault() == "search")
{
    await SearchBenchmark.RunAsync(Option("--sections", 100_000), Option("--rounds", 25), Console.Out);
}
else if (args.FirstOrDefault() == "quizsetup")
{
    var sizes = args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault("20,215").Split(',').Select(int.Parse).ToList();
    await QuizSetupBenchmark.RunAsync(sizes, Option("--rounds", 5), Console.Out);
}
else
{
    await ImportBenchmark.RunAsync(Option("--notes", 2000), args.Contains("--keep"), Console.Out);
}
