using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>How a list item is named on a card: <c>分类：从文字序列…</c> is "分类", <c>FM 的示例：</c> is "FM 的示例".</summary>
internal static class ItemLabels
{
    /// <summary>Items whose label is longer than this are sentences, not list entries.</summary>
    public const int MaxLabelLength = 50;

    private const int MaxTermLength = 30;
    private const int MaxEnglishTermLength = 60;
    private const int LongParenthetical = 10;
    private static readonly char[] Colons = [':', '：'];
    private static readonly char[] SentenceMarks = ['。', '！', '？', '!', '?'];

    /// <summary>The term before a colon when the item reads <c>term：text</c>, otherwise the item's text without a trailing colon.</summary>
    public static string Label(ListItemNode item) => Term(item.Text) ?? TrimColon(item.Text);

    /// <summary>The term of <c>term：text</c> (a short prefix without sentence punctuation), or null.</summary>
    public static string? Term(string text)
    {
        var colon = text.IndexOfAny(Colons);
        var max = colon > 0 && CardText.IsEnglish(text[..colon]) ? MaxEnglishTermLength : MaxTermLength;
        if (colon <= 0 || colon > max || colon == text.Length - 1 || text.AsSpan(colon + 1).StartsWith("//"))
        {
            return null;
        }

        var term = text[..colon].Trim();
        return term.Length == 0 || term.AsSpan().IndexOfAny(TermMarks) >= 0 ? null : term;
    }

    /// <summary>
    /// What an enumeration is called on a card: the text before its first colon, without a long explanation in
    /// brackets (<c>编码器模块（给定文本的输入提取文本的特征…）：…</c> → <c>编码器模块</c>).
    /// </summary>
    public static string Heading(ListItemNode item)
    {
        var colon = item.Text.IndexOfAny(Colons);
        var head = colon > 0 ? item.Text[..colon].Trim() : item.Text.Trim();
        var open = head.AsSpan().IndexOfAny(['（', '(']);
        return open > 0 && head[^1] is '）' or ')' && head.Length - open > LongParenthetical ? head[..open].Trim() : head;
    }

    /// <summary>True when the item introduces the items under it: it ends with a colon.</summary>
    public static bool EndsWithColon(ListItemNode item) => item.Text.TrimEnd().EndsWith(':') || item.Text.TrimEnd().EndsWith('：');

    /// <summary>True for a remark among list entries (<c>前三个是语言理解任务，后三个是语言生成任务。</c>): a sentence, not an entry.</summary>
    public static bool IsRemark(ListItemNode item)
    {
        var label = Label(item);
        return label.Length == 0 || label.Length > MaxLabelLength || label.IndexOfAny(SentenceMarks) >= 0 || IsPlaceholder(label);
    }

    /// <summary>True when the item is named like a heading ("循环神经网络（RNN）"), not written as a clause or sentence.</summary>
    public static bool IsName(ListItemNode item)
    {
        var label = Label(item);
        return !IsRemark(item) && label.AsSpan().IndexOfAny(['，', ',', '；', ';']) < 0;
    }

    /// <summary>True when every child has children of its own and is named like a heading: a category list.</summary>
    public static bool HasCategoryChildren(ListItemNode item) =>
        item.Children.Count > 0 && item.Children.All(c => c.Children.Count > 0 && IsName(c));

    /// <summary>True when the item is a link (reference lists are not worth memorising).</summary>
    public static bool IsLink(ListItemNode item) =>
        item.Markdown.StartsWith('[') || item.Markdown.StartsWith("![", StringComparison.Ordinal) || item.Markdown.Contains("](http", StringComparison.Ordinal);

    public static string TrimColon(string text) => text.Trim().TrimEnd(':', '：').Trim();

    private static bool IsPlaceholder(string text) => text.Trim('.', '…', '。', ' ').Length == 0;

    private static readonly System.Buffers.SearchValues<char> TermMarks = System.Buffers.SearchValues.Create("。，,;；!！?？");
}
