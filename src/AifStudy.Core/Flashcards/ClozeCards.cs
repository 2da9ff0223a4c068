using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// A sentence with one bold term blanked: <c>［……］</c> (Chinese) or <c>[...]</c> (English) on the front, the sentence
/// with the term in bold on the back. Only where the rest of the sentence still says enough to recall the term.
/// </summary>
internal static partial class ClozeCards
{
    private const int MaxTermLength = 20;
    private const int MaxTermWords = 5;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        // A term already asked as "term：definition" would be blanked at the start of its own definition.
        var defined = section.Definitions.Select(d => CardText.Normalize(d.Term)).ToHashSet(StringComparer.Ordinal);
        foreach (var paragraph in BoldText.Read(section.Markdown))
        {
            foreach (var sentence in Sentences.Split(paragraph.Text))
            {
                foreach (var bold in paragraph.Bold)
                {
                    if (Cloze(section, paragraph.Text, sentence, bold, defined, paragraph.RowHeader) is { } card)
                    {
                        yield return card;
                    }
                }
            }
        }
    }

    // A blank stands for a term or a short phrase, not for half the sentence or a list ("accurately, reliably, and smoothly").
    private static bool IsTermSized(string term) =>
        term.Length >= 2 && term.AsSpan().IndexOfAny([',', '，', '、', ';', '；']) < 0
        && (TermCards.CoreTerm(term).Length <= MaxTermLength || (CardText.CjkCount(term) == 0 && CardText.WordCount(term) <= MaxTermWords));

    private static CardDraft? Cloze(NoteSection section, string text, Range sentence, Range bold, HashSet<string> defined, string? rowHeader)
    {
        var (start, length) = sentence.GetOffsetAndLength(text.Length);
        var (termStart, termLength) = bold.GetOffsetAndLength(text.Length);
        if (termStart < start || termStart + termLength > start + length)
        {
            return null;
        }

        var term = text.Substring(termStart, termLength).Trim();
        var before = text[start..termStart];
        var after = text[(termStart + termLength)..(start + length)];
        var rest = before + after;
        // A year or a figure is recallable only beside the event that fixes it ("［……］，Waymo 推出…"), not beside a trend
        // any year fits ("［……］，AI 的應用更加普及").
        if (Figure().IsMatch(term) && !ProperName().IsMatch(rest))
        {
            return null;
        }

        if (!IsTermSized(term)
            || defined.Contains(CardText.Normalize(term))
            || !CardText.HasContext(Bracketed().Replace(rest, ""))
            || CardText.ContainsNormalized(rest, term)
            || !IsTermLike(term, section)
            || HasNoSubject(before.TrimStart()))
        {
            return null;
        }

        var english = CardText.IsEnglish(rest);

        // A table cell names its subject in the row's first cell: "SVM: A classic algorithm used for both [...]."
        if (rowHeader is not null && !CardText.ContainsNormalized(rest, rowHeader))
        {
            if (CardText.ContainsNormalized(rowHeader, term) || CardText.ContainsNormalized(term, rowHeader))
            {
                return null;
            }

            before = rowHeader + (english ? ": " : "：") + before.TrimStart();
        }

        var blank = english ? @"\[...\]" : "［……］";
        var front = CardText.Escape(before.TrimStart()) + blank + CardText.Escape(after.TrimEnd());
        var back = CardText.Escape(before.TrimStart()) + "**" + CardText.Escape(term) + "**" + CardText.Escape(after.TrimEnd());
        return new CardDraft(CardKind.Cloze, front, back, section, $"{before}{term}{after}|{term}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    /// <summary>
    /// True when the bold text is a term a learner can name: a name (a capital or a digit: "BERT", "Amazon Bedrock",
    /// "GPT-2"), a Chinese word that ends like a concept ("注意力分数", "向量数据库"), a year beside its event, or a term the
    /// section names as a heading, a definition or a list label. Not a phrase ("精心设计提示", "每一步", "四个基础模板",
    /// "accurately").
    /// </summary>
    internal static bool IsTermLike(string term, NoteSection section)
    {
        var core = TermCards.CoreTerm(term).Trim();
        if (Quantified().IsMatch(core) && !Figure().IsMatch(core))
        {
            return false;
        }

        if (Figure().IsMatch(core) || core.Any(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            return true;
        }

        if (CardText.CjkCount(core) > 0 && ConceptEnd().IsMatch(Search.ChineseScript.ToSimplified(core)))
        {
            return true;
        }

        var known = section.Path.Select(CardText.StripNumber)
            .Concat(section.Definitions.Select(d => d.Term))
            .Concat(ItemTree.All(section.ListItems).Select(x => ItemLabels.Heading(x.Item)));
        return known.Any(k => CardText.Normalize(TermCards.CoreTerm(k)) == CardText.Normalize(core));
    }

    // "要点：示例要…", "目标：…", "而是用…", "Encourages a shift…", "Used for …", "Want to go from…": the sentence's subject is elsewhere.
    private static bool HasNoSubject(string before)
    {
        var colon = before.AsSpan().IndexOfAny(['：', ':']);
        return (colon > 0 && Quality.SubjectChecks.IsLabel(before[..colon]))
            || Conjunction().IsMatch(before)
            || VerbFirst().IsMatch(before);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(化|率|性|度|法|器|层|型|集|值|量|数|图|网络|学习|训练|提示|提示词|嵌入|算法|模型|架构|机制|数据库|向量|矩阵|函数|系统|平台|服务|工程|框架|方法|技术|分数|概率|任务|偏差|偏见|幻觉|标记|分词|词元|注入|攻击|窗口|参数|损失|梯度|编码器|解码器|注意力|矩阵|指标|曲线|评估|微调|推理|检索|生成|代理|智能体|护栏|知识库)$")]
    private static partial System.Text.RegularExpressions.Regex ConceptEnd();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(一个|一種|一种|两个|兩個|三个|三個|四个|四個|五个|五個|几个|幾個|多个|多個|每|各|所有|一些|某些|精心|仔细|仔細|认真|認真|充分|合理|有效|快速|使用|利用|进行|進行|通过|通過|提供|选择|選擇|采用|採用|编写|編寫|撰写|撰寫|确保|確保|避免)")]
    private static partial System.Text.RegularExpressions.Regex Quantified();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(而是|而且|而|但是|但|并且|並且|所以|因此|或者|以及|然后|然後|因为|因為|不过|不過|与|與|和|及)")]
    private static partial System.Text.RegularExpressions.Regex Conjunction();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Z][a-z]+(?:es|s)\s+(?:a|an|the|more|less|users?|you|it|them)\b|[A-Z][a-z]+ed\s+(?:for|to|by|in|as|with|on)\b|(?:Want|Need|Use|Make|Get|Try|Choose|Pick|Build|Create|Learn|Remember|Consider|Avoid|Keep|Start|Know|Think)\s+(?:to|a|an|the|your|it|them|when|if|for)\b)")]
    private static partial System.Text.RegularExpressions.Regex VerbFirst();

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial System.Text.RegularExpressions.Regex Bracketed();

    // A capitalised Latin name ("Waymo", "GPT-2", "BERT") or a title in 《》; not "AI", "ML", "NLP" or "LLM".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z0-9])(?!(?:AI|ML|NLP|LLMs?|GenAI)(?![A-Za-z0-9]))[A-Z][A-Za-z0-9\-]+|《[^》]+》")]
    private static partial System.Text.RegularExpressions.Regex ProperName();
}
