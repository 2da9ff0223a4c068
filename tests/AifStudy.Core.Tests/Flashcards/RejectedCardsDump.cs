using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>Not a check: with AIFSTUDY_DUMP_REJECTED=1, writes the candidates each real note's rules dropped, for review.</summary>
public sealed class RejectedCardsDump
{
    [Theory]
    [MemberData(nameof(RealNotes.Files), MemberType = typeof(RealNotes))]
    public void Rejected_candidates_can_be_listed_for_review(string fileName)
    {
        var rejected = new List<string>();
        CardGenerator.Generate(RealNotes.Parse(fileName), "x", (d, why) => rejected.Add($"[{why}] {d.Kind} | {d.Front} => {d.Back}"));
        if (Environment.GetEnvironmentVariable("AIFSTUDY_DUMP_REJECTED") == "1")
        {
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), fileName + ".rejected.txt"), rejected);
        }

        Assert.All(rejected, r => Assert.StartsWith("[", r, StringComparison.Ordinal));
    }
}
