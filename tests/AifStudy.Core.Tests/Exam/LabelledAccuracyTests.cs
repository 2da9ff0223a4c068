using AifStudy.Core.Exam;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;
using Xunit.Abstractions;

namespace AifStudy.Core.Tests.Exam;

/// <summary>
/// The classifier on the user's two lecture notes, which label their sections with task statements: with every label
/// taken out, the text alone must place ≥ 90 % of the sections in the right domain and ≥ 70 % under the right task
/// statement (docs/exam-guide.md has the figures).
/// </summary>
public sealed class LabelledAccuracyTests(ITestOutputHelper output)
{
    private static readonly NoteParser Parser = new();

    [Fact]
    public void The_lecture_notes_without_their_labels_are_classified_by_their_text()
    {
        var total = LabelledAccuracyResult.Empty;
        foreach (var file in new[] { "domain-2-genai-fundamentals.md", "domain-3-fm-applications.md" })
        {
            var result = LabelledAccuracy.Measure(Parser, File.ReadAllText(Path.Combine(TestPaths.Content, file)), file);
            output.WriteLine($"{file}: {result.Sections} sections, domain {result.DomainRight}, task {result.TaskRight}");
            foreach (var miss in result.Misses)
            {
                output.WriteLine($"  {miss.Title}: {miss.Expected} → {miss.Got ?? "none"}");
            }

            total += result;
        }

        Assert.True(total.Sections >= 10, $"only {total.Sections} labelled sections");
        Assert.True(total.DomainRight >= 0.9 * total.Sections, $"domain {total.DomainRight}/{total.Sections}");
        Assert.True(total.TaskRight >= 0.7 * total.Sections, $"task {total.TaskRight}/{total.Sections}");
    }

    [Fact]
    public void Taking_the_labels_out_keeps_the_words_and_the_headings()
    {
        var stripped = LabelledAccuracy.StripLabels("""
            # 领域 3：基础模型的应用
            ## 任务陈述 3.2：选择有效的提示词工程技术
            ### 任务陈述 3.2 第1课
            我们开始探讨领域 3 中的第二个任务陈述，即"选择有效的提示词工程技术"。
              - Task Statement 1.1: Explain basic AI concepts
            """);

        Assert.Equal("""
            # 基础模型的应用
            ## 选择有效的提示词工程技术
            ### 第1课
            我们开始探讨中的第二个任务陈述，即"选择有效的提示词工程技术"。
              - Explain basic AI concepts
            """, stripped);
    }
}
