using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Exam;

/// <summary>
/// The exam guide's own labels as people write them in headings: "任务陈述 3.2", "任務陳述 3.2", "Task Statement 3.2",
/// "Task 3.2", "领域 3", "領域 3", "Domain 3", and a domain's name after a number ("1. Fundamentals of AI and ML",
/// "领域 3：基础模型的应用").
/// </summary>
public static partial class Labels
{
    /// <summary>The nearest task and domain labels in a section's heading path (the section's own title first).</summary>
    public static (int? Domain, string? Task) InPath(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int? domain = null;
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var title = path[i];
            if (TaskLabel().Match(title) is { Success: true } t && ExamGuide.Find(t.Groups["id"].Value) is { } task)
            {
                return (task.Domain, task.Id);
            }

            domain ??= Domain(title);
        }

        return (domain, null);
    }

    /// <summary>The domain a heading names by label or by name, or null.</summary>
    public static int? Domain(string title)
    {
        if (DomainLabel().Match(title) is { Success: true } m)
        {
            return m.Groups["n"].Value[0] - '0';
        }

        var folded = ExamGuide.Fold(title);
        return AifDomains.All.FirstOrDefault(d => folded.Contains(d.Name.ToLowerInvariant(), StringComparison.Ordinal) || folded.Contains(ExamGuide.Fold(d.ChineseName), StringComparison.Ordinal))?.Number;
    }

    /// <summary><paramref name="text"/> with every task and domain label taken out ("任务陈述 3.2：选择…" → "选择…").</summary>
    public static string Strip(string text) => Remove(text).Trim();

    /// <summary><paramref name="text"/> with every task and domain label taken out, nothing else changed.</summary>
    public static string Remove(string text) => AnyLabel().Replace(text ?? "", "");

    [GeneratedRegex(@"(?:任务陈述|任務陳述|task\s+statement|task)\s*(?<id>[1-5]\.[1-4])(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TaskLabel();

    [GeneratedRegex(@"(?:领域|領域|domain)\s*(?<n>[1-5])(?![\d.])", RegexOptions.IgnoreCase)]
    private static partial Regex DomainLabel();

    [GeneratedRegex(@"(?:任务陈述|任務陳述|task\s+statement|task|领域|領域|domain)\s*[1-5](?:\.[1-4])?(?!\d)\s*[：:]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnyLabel();
}
