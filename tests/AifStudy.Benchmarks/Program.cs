using AifStudy.Benchmarks;

// Usage: dotnet run -c Release --project tests/AifStudy.Benchmarks -- [import] [--notes N]
var notes = args.SkipWhile(a => a != "--notes").Skip(1).Select(int.Parse).FirstOrDefault(500);
await ImportBenchmark.RunAsync(notes, Console.Out);
