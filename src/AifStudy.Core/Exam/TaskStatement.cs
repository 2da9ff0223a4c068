namespace AifStudy.Core.Exam;

/// <summary>
/// One AIF-C01 task statement as this project describes it: its number ("3.2"), its domain, a title in English and in
/// Chinese, and the concepts and AWS services that belong to it as keywords (English and Chinese; a keyword written
/// in Traditional Chinese matches Simplified text too, because both sides are compared in Simplified).
/// </summary>
/// <param name="Id">The number the exam guide gives it, such as <c>3.2</c>.</param>
/// <param name="Domain">Its domain, 1..5.</param>
/// <param name="Title">What it asks, in English, in this project's words.</param>
/// <param name="ChineseTitle">What it asks, in Chinese.</param>
/// <param name="Keywords">Concepts and AWS services that belong to it, lower case and Simplified.</param>
public sealed record TaskStatement(string Id, int Domain, string Title, string ChineseTitle, IReadOnlyList<string> Keywords)
{
    /// <summary>"Task 3.2: Title".</summary>
    public string Label => $"Task {Id}: {Title}";

    /// <summary>"任务 3.2：标题".</summary>
    public string ChineseLabel => $"任务 {Id}：{ChineseTitle}";
}
