using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>
/// The fixed wording the generators write around a note's words ("判断正误：", "下列哪一项是对…的描述"), kept in one list
/// so that a Traditional Chinese item gets it in Traditional characters and the checks can tell wording that does not
/// follow the item's script.
/// </summary>
public static class Wording
{
    /// <summary>Every Simplified Chinese phrase a generator writes of its own, longest first.</summary>
    public static readonly IReadOnlyList<string> SimplifiedFrames = new[]
    {
        "下列哪一项是对", "的描述", "以下描述对应哪个术语", "判断正误", "指的是", "正确", "错误", "下列哪一项属于",
        "下列哪些属于", "选择两项", "选择三项", "将每个术语与其描述配对", "将以下步骤按正确顺序排列", "的步骤按正确顺序排列",
        "下列哪一项是笔记在", "下列哪些是笔记在", "处列举的", "这是哪个术语", "指什么", "按顺序列出", "包括哪", "的要点", "填空",
        "项", "下列哪一项", "哪个术语", "以下描述对应", "中的哪个术语",
    }.OrderByDescending(p => p.Length).ToArray();

    /// <summary>The English phrases a generator writes of its own.</summary>
    public static readonly IReadOnlyList<string> EnglishFrames =
    [
        "What is ", "What are ", "Which term is this?", "True or false:", "Fill in the blank:", "Which of the following", "List in order:",
        "Match each term", "Put these steps in order", "Put the steps of", "Key points of", "Which term does this describe", "Which term (",
    ];

    /// <summary>The phrases that differ between the scripts, as Simplified writes them ("判断正误", not "指的是").</summary>
    public static readonly IReadOnlyList<string> SimplifiedOnlyFrames =
        SimplifiedFrames.Where(f => ChineseScript.ToTraditional(f) != f).ToArray();

    /// <summary>The same phrases in Traditional characters, those that differ from Simplified.</summary>
    public static readonly IReadOnlyList<string> TraditionalFrames =
        SimplifiedFrames.Select(ChineseScript.ToTraditional).Where(t => !SimplifiedFrames.Contains(t)).ToArray();

    /// <summary>
    /// <paramref name="text"/> with the generators' fixed phrases written in <paramref name="script"/>: for a Traditional
    /// item each Simplified frame becomes Traditional. The note's own words are left alone (a Traditional note's words
    /// hold no Simplified frame).
    /// </summary>
    public static string Localize(string text, ItemScript script)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (script != ItemScript.Traditional)
        {
            return text;
        }

        foreach (var frame in SimplifiedFrames)
        {
            if (text.Contains(frame, StringComparison.Ordinal))
            {
                text = text.Replace(frame, ChineseScript.ToTraditional(frame), StringComparison.Ordinal);
            }
        }

        return text;
    }
}
