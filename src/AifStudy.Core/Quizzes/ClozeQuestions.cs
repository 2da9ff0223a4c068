using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Typed-answer questions: a sentence with a bold term blanked, chosen exactly as the cloze cards choose them
/// (<see cref="ClozeCards"/>), so only where the rest of the sentence still points at the term.
/// </summary>
internal static partial class ClozeQuestions
{
    private const int MaxTypedIdeographs = 10;
    private const int MaxTypedWords = 4;
    private static readonly string[] Examples = ["例如", "比如", "如", "e.g.", "such as"];

    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        var drafts = context.Sections.Select(s => (Section: s, Drafts: ClozeCards.From(s).Where(d => CardRules.Violation(d) is null).ToList())).ToList();
        var names = NamedTerms(context.Note, drafts.SelectMany(d => d.Drafts).Select(d => d.Subject[(d.Subject.LastIndexOf('|') + 1)..]));
        foreach (var (section, sectionDrafts) in drafts)
        {
            foreach (var draft in sectionDrafts)
            {
                var term = draft.Subject[(draft.Subject.LastIndexOf('|') + 1)..];
                var front = CardRules.Visible(draft.Front);
                if (!IsTypeable(term) || (CardText.CjkCount(front) > 0 && IsTranslatable(term)) || !IsDefinition(front) || HasNearName(term, names))
                {
                    continue;
                }

                var prompt = (QuizText.IsEnglish(draft.Subject) ? "Fill in the blank: " : "填空：") + front;
                var question = context.Question(QuestionKind.Cloze, section, "cloze:" + draft.Subject, prompt, [], [], CardRules.Visible(draft.Back));
                yield return question with { AcceptedAnswers = WithGlosses(WithHeadingName(Accepted(term), section.Title), section) };
            }
        }
    }

    // A typed answer must be recallable word for word: a term, not half a clause ("ChatGPT的發表", "classification and
    // regression"), and not a date or a figure, which a learner writes in too many forms (2012, 2012年, 2022-12) and which
    // a generic sentence ("AI 的應用更加普及") does not pin down. Those stay self-graded cloze cards. Nor an AWS name with a
    // Chinese qualifier ("Amazon Bedrock 代理"), which a learner writes as "Bedrock Agents" or not at all.
    internal static bool IsTypeable(string term) =>
        CardText.CjkCount(term) <= MaxTypedIdeographs && CardText.WordCount(term) <= MaxTypedWords
        && !Phrase().IsMatch(term)
        && !(QuizText.IsAwsName(term) && CardText.CjkCount(term) > 0);

    // The terms the note names (bold, defined, or blanked in a sentence that says what they are), as compared: core,
    // Simplified, letters and digits.
    internal static HashSet<string> NamedTerms(Notes.ParsedNote note, IEnumerable<string> blanked) =>
        note.Sections.SelectMany(s => s.BoldTerms.Concat(s.Definitions.Select(d => d.Term))).Concat(blanked)
            .Select(Quality.QualityText.Key).Where(t => t.Length >= 2).ToHashSet(StringComparer.Ordinal);

    // "嵌入" beside "向量嵌入", "Prompt" beside "Prompt Injection": the note names a longer or shorter term holding the
    // answer, which a learner may type as rightly, and the check would mark it wrong (runs 12 and 13). The same term
    // with a generic suffix ("Transformer模型") is the answer itself.
    internal static bool HasNearName(string term, IReadOnlySet<string> names)
    {
        var key = Quality.QualityText.Key(term);
        return key.Length >= 2 && names.Any(n => n != key && (n.Contains(key, StringComparison.Ordinal) || key.Contains(n, StringComparison.Ordinal))
            && !AnswerMatcher.IsCorrect(n, [key]));
    }

    // A typed answer only where the blank is what the sentence is about ("［……］是…", "［……］衡量…", "[...] is …", "…称为
    // "［……］"", "… is called [...]"): elsewhere ("很多成熟系統會走 ［……］", "you can run [...] to automate the search") another word fits as
    // well, and the answer check marks a right answer wrong (4 of the 5 broken items in runs 11 and 12).
    internal static bool IsDefinition(string front) => DefinitionShape().IsMatch(front.Trim());

    [System.Text.RegularExpressions.GeneratedRegex(@"^(［……］|\\?\[\.\.\.\\?\])|(称为|稱為|叫做|叫作|被称为|被稱為|简称|簡稱|is called|are called|known as)\s*[""“「]?\s*(［……］|\\?\[\.\.\.\\?\])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DefinitionShape();

    // "很多成熟系統會走 ［……］" → Hybrid: in a Chinese sentence a plain English word the glossary translates (混合) is as
    // right in Chinese, and a learner would type that.
    private static bool IsTranslatable(string term) =>
        CardText.CjkCount(term) == 0 && CardText.WordCount(term) == 1 && Quality.Glossary.Translations(term).Any();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d|\d\s*[年月日号號%％]|\S的[\u4e00-\u9fff]|的$|\b(and|or|of|for|to|with)\b|[和与與及或]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Phrase();

    /// <summary>
    /// <paramref name="accepted"/> and, when the section's heading names the term in two languages ("Diffusion 擴散模型",
    /// "Tokens 標記"), the heading's name in the other language too.
    /// </summary>
    internal static IReadOnlyList<string> WithHeadingName(IReadOnlyList<string> accepted, string title)
    {
        var heading = CardText.StripNumber(title);
        var (latinPart, chinesePart) = CardText.SplitHeading(heading);
        var latin = latinPart.TrimEnd('(', '（').Trim();
        var chinese = chinesePart.Trim('(', ')', '（', '）').Trim();
        // Only a name: "AWS Bedrock 是什么？" gives "是什么？", a question, not Bedrock's Chinese name.
        if (latin.Length == 0 || chinese.Length == 0 || chinese.Any(char.IsAsciiLetter) || !IsName(chinese))
        {
            return accepted;
        }

        bool Names(string name) => accepted.Any(a => AnswerMatcher.IsCorrect(name, [a]) || AnswerMatcher.IsCorrect(a, [name]));
        return Names(latin) ? [.. accepted, chinese] : Names(chinese) ? [.. accepted, latin] : accepted;
    }

    /// <summary>
    /// <paramref name="accepted"/> and the other-language name the section gives beside one of them, in brackets either
    /// way: "再现率（Recall）" in a heading or the text accepts "Recall" for 再现率, "Recall（再现率）" accepts 再现率.
    /// </summary>
    internal static IReadOnlyList<string> WithGlosses(IReadOnlyList<string> accepted, Notes.NoteSection section)
    {
        // Only where a heading or a line starts with the pair ("## 再现率（Recall）", "- **Recall（再现率）**：…"): inside a
        // sentence the words before a bracket need not be a name.
        var lines = section.Path.Select(CardText.StripNumber)
            .Concat(section.Markdown.Split('\n').Where(l => StructuredLine().IsMatch(l)))
            .Select(l => LineLead().Replace(l, "")).ToList();
        var more = new List<string>();
        foreach (var name in accepted.Where(a => a.Length >= 2))
        {
            var glossAfter = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(name) + @"\s*[（(]\s*(?<gloss>[^（）()\n]{2,60}?)\s*[）)]");
            var glossBefore = new System.Text.RegularExpressions.Regex(@"^(?<gloss>[^（）()\n：:，,。]{2,40}?)\s*[（(]\s*" + System.Text.RegularExpressions.Regex.Escape(name) + @"\s*[）)]");
            foreach (var line in lines)
            {
                if (glossAfter.Match(line) is { Success: true } after)
                {
                    more.AddRange(Accepted(name + "（" + after.Groups["gloss"].Value + "）").Skip(1));
                }

                if (glossBefore.Match(line) is { Success: true } before)
                {
                    more.Add(before.Groups["gloss"].Value.Trim());
                }
            }
        }

        // "嵌入向量也称为“嵌入”", "RAG, also known as retrieval-augmented generation": the other name is an answer too.
        var plain = section.PlainText;
        foreach (var name in accepted.Where(a => a.Length >= 2))
        {
            var escaped = System.Text.RegularExpressions.Regex.Escape(name);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(plain,
                @"(?<![\u4e00-\u9fffA-Za-z0-9])(?<other>[\u4e00-\u9fffA-Za-z0-9\- ]{2,12}?)\s*" + AliasWords + @"\s*[“""'「『]?" + escaped + @"[”""'」』]?(?![\u4e00-\u9fffA-Za-z0-9])"))
            {
                more.Add(m.Groups["other"].Value.Trim());
            }

            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(plain,
                @"(?<![\u4e00-\u9fffA-Za-z0-9])" + escaped + @"\s*[,，]?\s*" + AliasWords + @"\s*[“""'「『](?<other>[^”""'」』\n]{2,30})[”""'」』]"))
            {
                more.Add(m.Groups["other"].Value.Trim());
            }
        }

        // An acronym's names anywhere in the section: "整体语言模型评估 (HELM)", "RLHF (Reinforcement Learning from Human
        // Feedback)" — a whole Chinese word before it, or English words whose initials spell it.
        foreach (var acronym in accepted.Where(a => AcronymName().IsMatch(a)))
        {
            var escaped = System.Text.RegularExpressions.Regex.Escape(acronym);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(plain,
                @"(?<![\u4e00-\u9fff])(?<other>[\u4e00-\u9fff]{2,10})\s*[（(]\s*" + escaped + @"\s*[）)]"))
            {
                more.Add(m.Groups["other"].Value);
            }

            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(string.Join("\n", section.Path) + "\n" + plain,
                escaped + @"\s*[（(]\s*(?<other>[A-Za-z][A-Za-z\- ]{3,80}?)\s*[）)]"))
            {
                var words = m.Groups["other"].Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                var initials = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
                if (initials == acronym)
                {
                    more.Add(m.Groups["other"].Value.Trim());
                }
            }
        }

        return accepted.Concat(more.Where(m => m.Length is >= 2 and <= 80 && CardText.CjkCount(m) <= MaxGlossIdeographs && IsName(m)))
            .Distinct(StringComparer.Ordinal).ToList();
    }

    private const int MaxGlossIdeographs = 10;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial System.Text.RegularExpressions.Regex AcronymName();

    // A heading, a list item or a bold lead: where "name（other name）" opens a line as a name, not mid-sentence.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(#+\s|[-*+]\s|\d+[.)、]\s*|\*\*|__)")]
    private static partial System.Text.RegularExpressions.Regex StructuredLine();

    private const string AliasWords = @"(?:也称为|也稱為|也称|也稱|又称为|又稱為|又称|又稱|也叫做|也叫|亦称|亦稱|简称|簡稱|also known as|also called|a\.k\.a\.)";

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:#+\s*|[-*+]\s+|\d+[.)、]\s*)?(?:\*\*|__)?\s*")]
    private static partial System.Text.RegularExpressions.Regex LineLead();

    // A name in a heading: no question or sentence mark, no leading copula, not a label ("是什么？", "简介", "的用途").
    private static bool IsName(string text) =>
        text.Length >= 2 && text.AsSpan().IndexOfAny(SentenceMarks) < 0
        && !NotAName().IsMatch(text) && !Quality.SubjectChecks.IsLabel(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(是|的|和|与|與|及|或|如何|怎么|怎麼|为什么|為什麼|什么|什麼|入门|入門|指南|简介|簡介|介绍|介紹|概述|教程)|(是什么|是什麼|入门|入門|指南|简介|簡介|介绍|介紹|概述|教程)$")]
    private static partial System.Text.RegularExpressions.Regex NotAName();

    /// <summary>The term, and for <c>大语言模型（LLM）</c> also each part: "大语言模型" and "LLM".</summary>
    internal static IReadOnlyList<string> Accepted(string term)
    {
        var accepted = new List<string> { term };
        var open = term.AsSpan().IndexOfAny(['(', '（']);
        if (open > 0 && term[^1] is ')' or '）')
        {
            accepted.Add(term[..open].Trim());

            // "深度神经网络（例如 transformers）" is "深度神经网络" with an example, not two names.
            var inner = term[(open + 1)..^1];
            if (!Examples.Any(e => inner.StartsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                accepted.AddRange(inner.Split(['/', ',', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return accepted.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("?？。，,：:！!");
}
