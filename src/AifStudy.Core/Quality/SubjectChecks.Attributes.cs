using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>
/// The titles that name a side of a topic (pros, cons, limits, pain points) rather than a kind of it, and the check
/// that drops the claims listed under them as if they were terms (<c>attribute-as-term</c>).
/// </summary>
internal static partial class SubjectChecks
{
    public static bool AttributeAsTerm(StudyItem item) =>
        item.Term is not null && !item.IsPractice && item.Kind != "Cloze"
        && (IsAttributeLabel(CardText.StripNumber(item.Section.Title)) || (item.Context is { } c && IsAttributeLabel(c.Split('›')[^1])));

    /// <summary>
    /// True for a title that names a side of its topic rather than a kind of it: 优点, 缺点 / 成本, 限制, 解决的痛点, Pros,
    /// Limitations. The items under such a title are claims about the topic above it, not terms.
    /// </summary>
    public static bool IsAttributeLabel(string text)
    {
        var parts = LabelJoint().Split(text).Select(p => LabelQualifier().Replace(QualityText.Key(p), "")).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(AttributeLabels.Contains);
    }

    private static readonly HashSet<string> AttributeLabels = new(new[]
    {
        "优点", "缺点", "优势", "劣势", "好处", "坏处", "限制", "局限", "局限性", "挑战", "风险", "问题", "可能问题", "痛点", "解决的痛点",
        "成本", "代价", "注意事项", "弱点", "缺陷", "thegood", "thebad", "good", "bad", "pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks",
        "limitations", "challenges", "risks", "issues", "problems", "painpoints", "tradeoffs", "weaknesses", "strengths",
    }, StringComparer.Ordinal);

    // "缺點 / 成本", "优点与缺点", "Pros & Cons": where labels are joined.
    [GeneratedRegex(@"\s*(?:/|／|、|&|＆|\band\b|与|與|和)\s*")]
    private static partial Regex LabelJoint();
}
