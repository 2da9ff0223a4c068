using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>A section's first sentence that opens with the section's title and says what it computes or is.</summary>
internal sealed partial record ProseDefinition
{
    /// <summary>
    /// A Chinese sentence that opens with its section's title and goes on to say what it does or is ("ROUGE-N 指标计算…召回率",
    /// "ROUGE-L 指标基于两个文本单元的最长公共序列，计算 F-measure"): the title is the term, the rest (from its verb, without a
    /// closing "具体公式如下：") the definition.
    /// </summary>
    private static (string Term, string Definition)? HeadingLead(string text, NoteSection section)
    {
        var title = CardText.StripNumber(section.Title).Trim();
        if (title.Length < 2 || !text.StartsWith(title, StringComparison.Ordinal) || CardText.CjkCount(text) == 0 || !IsTerm(title))
        {
            return null;
        }

        var rest = Classifier().Replace(text[title.Length..].TrimStart(), "");
        if (LeadVerb().Match(rest) is not { Success: true } verb)
        {
            return null;
        }

        var definition = rest[verb.Groups["copula"].Length..];
        definition = Introduction().Replace(definition.TrimEnd('。', '：', ':', ' '), "").TrimEnd('，', ',', '；', ';', ' ');
        return definition.Length > 0 && !definition.Contains('：') && !definition.Contains(':') ? (title, definition) : null;
    }

    // "指标", "模型": the kind the sentence gives its title before the verb ("ROUGE-N 指标计算…").
    [GeneratedRegex(@"^(指标|指標|模型|方法|算法|演算法|技术|技術|机制|機制|函数|函數|网络|網絡|網路)\s*")]
    private static partial Regex Classifier();

    // What the title does or is: "计算…", "基于…", "用于…", "是一种…" ("是", "是指" and "指" themselves are not kept).
    [GeneratedRegex(@"^(?<copula>是指|指的是|是(?=一[种個个種])|指(?![标標出]))?(?=计算|計算|衡量|基于|基於|用于|用於|表示|描述|通过|通過|利用|使用|采用|採用|将|將|把|用来|用來|旨在|负责|負責|根据|根據|一[种個个種])")]
    private static partial Regex LeadVerb();

    // A closing clause that only introduces what follows: "，具体的公式为", "，如下所示", "，例如".
    [GeneratedRegex(@"[，,]\s*(具体|具體|其公式|公式|如下|如图|如圖|例如|比如|举例|舉例|见下|見下)[^，,]*$")]
    private static partial Regex Introduction();
}
