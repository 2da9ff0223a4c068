using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>
/// A list written inside a sentence after 包括/例如/答案： (<c>此类指标可能包括准确率、查准率、查全率…以及平均绝对误差 (MAE)。</c>).
/// <see cref="Quote"/> is the sentence (after the sentence it needs to be understood, when it refers back) with the list
/// blanked; <see cref="Kind"/> what sort of thing the entries are (<see cref="ProseListKind"/>).
/// </summary>
internal sealed record ProseEnumeration(string Label, IReadOnlyList<string> Entries, string Quote, string Explanation, string Kind, NoteSection Section)
{
    /// <summary>
    /// True for "还有更多注意事项，例如…", "其他使用案例…": more of what a list before it named, so the two lists' entries are
    /// all right answers about the same thing and never wrong options for each other.
    /// </summary>
    public bool IsContinuation { get; init; }

    private static readonly string[] More = ["更多", "其他", "其它", "另外", "还有"];

    private const string Blank = "［……］";
    private const int MinEntries = 3;
    private const int MaxEntryIdeographs = 12;

    // Longest first, so that "示例包括：" wins over "包括".
    private static readonly string[] Triggers = ["示例包括：", "包括：", "答案：", "包括", "例如", "比如"];
    private static readonly string[] Conjunctions = ["以及", "甚至", "和", "及", "与", "或"];
    private static readonly string[] Ends = ["，", "。", "；", "？"];
    private const int ContextWindow = 8;
    private static readonly string[] NotEntries = ["其他", "其它", "更多", "许多", "一些", "等"];
    private static readonly string[] Modals = ["可能", "可以", "可", "还", "也", "其中", "都"];
    private static readonly string[] Refers = ["此", "这", "其", "它", "该", "示例", "一些"];

    /// <summary>Every such list in the note's askable sections whose kind is known, in document order.</summary>
    public static IReadOnlyList<ProseEnumeration> Of(QuizContext context)
    {
        var found = new List<ProseEnumeration>();
        foreach (var section in context.Sections)
        {
            foreach (var sentences in ProseParagraphs.Of(section))
            {
                for (var i = 0; i < sentences.Count; i++)
                {
                    if (From(sentences[i], i > 0 ? sentences[i - 1] : null, section) is { } list)
                    {
                        found.Add(list);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The list in <paramref name="sentence"/>, read with the <paramref name="previous"/> sentence of its paragraph.</summary>
    internal static ProseEnumeration? From(string sentence, string? previous, NoteSection section)
    {
        var text = ProseParagraphs.WithoutConnective(sentence);
        var firstComma = text.IndexOf('、');
        if (firstComma < 0)
        {
            return null;
        }

        var (trigger, at) = Triggers.Select(t => (t, text.LastIndexOf(t, firstComma, StringComparison.Ordinal)))
            .Where(x => x.Item2 >= 0).OrderByDescending(x => x.Item2).ThenByDescending(x => x.t.Length).FirstOrDefault();
        if (trigger is null)
        {
            return null;
        }

        var start = at + trigger.Length;
        var end = Ends.Select(e => text.IndexOf(e, firstComma, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
        var listText = CloseAtUnmatchedParenthesis(text[start..end]).Trim();
        while (listText.EndsWith('等'))
        {
            listText = listText[..^1].TrimEnd();
        }

        var entries = Split(listText);
        if (entries is null)
        {
            return null;
        }

        // The label: the clause before the trigger ("此类指标可能" → "此类指标"); after 答案： it is the question asked before.
        var lead = text[..at].TrimEnd('，', ',', '（', '(', ' ');
        var clause = Clause(lead, out var before);
        if (clause.Length == 0)
        {
            // "最后是部署和维护阶段，其中包括…": the clause before says what is listed.
            clause = Clause(before, out _);
        }

        var refersBack = clause.Length == 0 || Refers.Any(r => clause.StartsWith(r, StringComparison.Ordinal));
        var context = refersBack && previous is not null ? previous : null;
        var kind = ProseListKind.Of(clause)
            ?? (context is null ? ProseListKind.Of(Clause(before, out _)) : ProseListKind.Of(context, ContextWindow));
        if (kind is null || (clause.Length == 0 && context is null))
        {
            return null;
        }

        var listEnd = text.IndexOf(listText, start, StringComparison.Ordinal) + listText.Length;
        var quote = (context ?? "") + text[..start] + Blank + text[listEnd..];
        var explanation = (context ?? "") + sentence;
        return new ProseEnumeration(clause.Length > 0 ? clause : QuestionText.StripAnswerLabel(context!), entries, quote, explanation, kind, section)
        {
            IsContinuation = More.Any(m => clause.Contains(m, StringComparison.Ordinal)),
        };
    }

    // The last clause of "确定选择标准，选择预训练模型" without a trailing modal ("此类指标可能" → "此类指标"); before: the rest.
    private static string Clause(string lead, out string before)
    {
        var comma = lead.AsSpan().LastIndexOfAny(['，', '（', '(']);
        before = comma > 0 ? lead[..comma].TrimEnd('，', ',', '（', '(', ' ') : "";
        var clause = lead[(comma + 1)..].Trim();
        foreach (var modal in Modals.Where(m => clause.EndsWith(m, StringComparison.Ordinal)))
        {
            clause = clause[..^modal.Length].TrimEnd();
        }

        return clause;
    }

    // "RAG、预训练、微调等）的成本权衡" ends at the bracket that closes the sentence's "（例如".
    private static string CloseAtUnmatchedParenthesis(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] is '(' or '（' ? 1 : text[i] is ')' or '）' ? -1 : 0;
            if (depth < 0)
            {
                return text[..i];
            }
        }

        return text;
    }

    // "A、B、C和D" → A, B, C, D; null unless it is at least three short names.
    private static List<string>? Split(string listText)
    {
        var parts = listText.Split('、').Select(p => p.Trim()).ToList();
        var last = parts[^1];
        foreach (var conjunction in Conjunctions)
        {
            var i = last.IndexOf(conjunction, StringComparison.Ordinal);
            if (i > 0 && i + conjunction.Length < last.Length)
            {
                parts[^1] = last[..i].Trim();
                parts.Add(last[(i + conjunction.Length)..].Trim());
                break;
            }
        }

        var valid = parts.Count >= MinEntries && parts.All(p =>
            p.Length is > 0 and <= Enumeration.MaxEntryLength
            && CardText.CjkCount(p) <= MaxEntryIdeographs
            && CardText.Normalize(p).Length > 0
            && !p.Contains('，') && !p.Contains('（') && !p.Contains('：')
            && !NotEntries.Any(n => p.StartsWith(n, StringComparison.Ordinal)));
        return valid && parts.Distinct().Count() == parts.Count ? parts : null;
    }
}
