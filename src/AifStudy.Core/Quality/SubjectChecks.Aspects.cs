using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>
/// Labels told by their shape rather than listed: an aspect of the section's subject ("设计逻辑"), the topic above run into a
/// label ("量化分类"), what is said of a topic ("…的问题"); and a product named like a remark ("IP Insights").
/// </summary>
internal static partial class SubjectChecks
{
    // "IP Insights", "Amazon CloudWatch Contributor Insights": a product named so, not the writer's remarks.
    [GeneratedRegex(@"^([A-Z]{2,}|(Amazon|AWS)(\s\S+)+) Insights$")]
    private static partial Regex ProductInsights();

    // "设计逻辑", "语法含义", "学习价值", "替代方案", "样本量考虑", "算法友好", "必要性": what is said of the section's subject, named by
    // the aspect it covers ("“设计逻辑”指什么？" has no answer of its own). As a term or an option only: "编码器-解码器结构" places the terms under it.
    // Chinese only: "Transformer 结构" names its subject.
    private static bool AspectLabel(string key) =>
        key.Length is >= 2 and <= 8 && CardText.CjkCount(key) == key.Length && AspectTail().IsMatch(key) && !AspectTerms.Contains(key);

    [GeneratedRegex(@"(含义|意义|逻辑|价值|方案|考虑|考量|基础|实践|方式|类型|结构|原因|理由|用途|作用|目的|优势|好处|效果|特点|要求|建议|技巧|思路|步骤|流程|不足|事项|说明|细节|解析|友好|原理|必要性|重要性|可行性|优越性|合理性)$")]
    private static partial Regex AspectTail();

    // "量化分类" under "量化索引 Quantized indexing": the topic above run into a label ("the kinds of quantisation"), not a term.
    private static bool TopicRunIntoLabel(StudyItem item, string term)
    {
        var key = QualityText.Key(term);
        if (item.Context is not { } context || CardText.CjkCount(key) != key.Length || key.Length < 4)
        {
            return false;
        }

        var above = QualityText.Key(context.Split('›')[^1]);
        for (var cut = 2; cut <= key.Length - 2; cut++)
        {
            if (Labels.Contains(key[cut..]) && above.StartsWith(key[..cut], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "预定学习率衰减法的问题": what is said of a topic, named as such (a list of them is recalled all the same).
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}的(问题|缺点|优点|局限|局限性|作用|目的|原因|意义|特点|难点|挑战|区别|优势|劣势|不足)$")]
    private static partial Regex OfLabel();

    // Names that end as an aspect does.
    private static readonly HashSet<string> AspectTerms = new(["模糊逻辑", "数理逻辑", "一阶逻辑", "命题逻辑", "第一性原理", "最大熵原理", "奥卡姆剃刀原理", "最小描述长度原理"], StringComparer.Ordinal);
}
