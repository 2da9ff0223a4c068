using AifStudy.Core.Exam;

namespace AifStudy.Core.Tests.Exam;

public sealed class CoverageMapTests
{
    private static CoverageSection Section(string note, string task, double confidence, int cards, int questions) =>
        new(note, note, note + "-" + task, "title", new SectionClassification(0, task[0] - '0', task, 1, confidence, ClassificationSource.Content), cards, questions);

    [Fact]
    public void Each_task_statement_gets_its_sections_surest_first_and_gaps_and_thin_rows_stand_out()
    {
        var map = CoverageMap.Build(
        [
            Section("a", "3.2", 0.4, 2, 1),
            Section("b", "3.2", 0.9, 6, 4),
            Section("a", "1.1", 0.8, 1, 0),
            new("c", "c", "x", "Shopping", new SectionClassification(0, null, null, 0, 0, ClassificationSource.None), 0, 0),
        ]);

        Assert.Equal(14, map.Rows.Count);
        var prompting = map.Rows.Single(r => r.Task.Id == "3.2");
        Assert.Equal(["b", "a"], prompting.Sections.Select(s => s.NoteSlug));
        Assert.Equal((8, 5, 2, false, false), (prompting.Cards, prompting.Questions, prompting.Notes, prompting.IsGap, prompting.IsThin));
        Assert.True(map.Rows.Single(r => r.Task.Id == "1.1").IsThin);
        Assert.True(map.Rows.Single(r => r.Task.Id == "5.1").IsGap);
        Assert.Equal([2, 4, 5], map.UncoveredDomains);
        Assert.Equal("Shopping", Assert.Single(map.Unplaced).Title);
    }
}
