using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Checks on how an item reads: markup or URLs showing as text, fixed wording in another script or language.</summary>
internal static partial class TextChecks
{
    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("markup", "markdown, HTML, callout, hashtag or URL syntax showing as text", i => i.Texts.Any(t => Markup().IsMatch(t))),
        new("emoji", "an emoji or a ✅/❌ mark in the text: decoration that reads as noise, or a verdict the sentence leans on (\"❌ 過度依賴 AI 自我檢查\")", i => i.Texts.Any(t => QualityText.Emoji().IsMatch(t))),
        new("dangling-comma", "a text cut after a list comma (\"统计量：均值、众数、中位数、\", \"such as A, B,\") or before one (\"，透過…\"): a fragment that stops where the note went on", i => i.Texts.Any(EndsOnComma) || StartsOnComma(i.Answer)),
        new("unbalanced-brackets", "a bracket opened and not closed, or closed and not opened (\"语义空间(例如\" → \"所有汉字组合的含义)\"): text cut inside brackets", i => i.Texts.Any(t => !QualityText.BracketsBalance(t))),
        new("spliced-text", "text joined across an image or a removed block (\"…(Reinforcement Learning, RL)   现在对于完备的大模型…\"): two passages read as one", i => i.Texts.Any(t => Splice().IsMatch(t))),
        new("lazy-continuation", "a list item run into the line after it, written flush left with a label of its own (\"- sentiment: count the # of positive words\" over \"deeplearning approach: (simpler to maintain…)\"): two lines read as one", LazyContinuation),
        new("cut-off", "a text that stops on a word that leads on (\"…的实例化也叫做\", \"such as\", \"e.g.\"): the note went on where the item stops", i => i.Texts.Any(t => CutOff().IsMatch(t))),
        new("placeholder-mark", "an author's reminder left in the text (\"(TODO)\", \"TBD\", \"待补充\"): the note is unfinished there", i => i.Texts.Any(t => Reminder().IsMatch(t))),
        new("pipe-run", "a text of values between bars (\"not-started | in-progress | completed\"): a table row or a set of options, not a sentence", i => i.Texts.Any(t => PipeRun().Count(t) >= 2)),
        new("japanese", "Japanese kana in the text (\"エージェント／ツールユース / Agents / Tool Use\"): a translation for another reader, not the note's answer", i => i.Texts.Any(t => t.Any(c => c is >= '\u3040' and <= '\u30FF' && c != '\u30FB'))),
        new("code", "code in the text (\"np.dot/np.linalg.norm(A)\", \"arn:aws:s3:::bucket/*\", \"s3:*\"): a call or a resource pattern to type, not a fact to recall", i => i.Texts.Any(t => Code().IsMatch(t))),
        new("set-literal", "a value written as a set ({move up, move down, …}): the note's example data, not a description", i => i.Texts.Any(t => SetLiteral().IsMatch(t.Trim()))),
        new("cut-word", "a text that ends inside a word (\"…加上固定的embeddin\" where the note goes on to say \"embedding\"): cut where the note was", CutWord),
        new("wrong-script", "fixed wording in another language or script than the item (判断正误 on a Traditional note)", WrongScript),
    ];

    // Markdown runs a flush-left line into the list item above it; a line that opens with a label of its own is the
    // writer's next point, not the item's words.
    public static bool LazyContinuation(StudyItem item)
    {
        if (!item.Texts.Any(t => t.AsSpan().IndexOfAny(':', '：') >= 0))
        {
            return false;
        }

        var labels = RunOnLabels.Of(item.Section);
        return labels.Count > 0 && labels.Any(label => item.Texts.Any(t => t.Contains(label, StringComparison.Ordinal)));
    }

    // The labels of flush-left lines right after a list entry, read once a section.
    private static List<string> LabelsAfterListEntries(Notes.NoteSection section)
    {
        var labels = new List<string>();
        var lines = SectionMarkdown.Lines(section);
        for (var i = 1; i < lines.Length; i++)
        {
            if (ListEntry().IsMatch(lines[i - 1]) && OwnLabel().Match(lines[i]) is { Success: true } label)
            {
                labels.Add(label.Value);
            }
        }

        return labels;
    }

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+\S")]
    private static partial Regex ListEntry();

    [GeneratedRegex(@"^[^\s\-*+#>|`:：][^:：\n]{0,40}[:：]")]
    private static partial Regex OwnLabel();

    /// <summary>True when <paramref name="text"/>, or the description it quotes last, ends on 、，or a comma.</summary>
    public static bool EndsOnComma(string text)
    {
        var end = (text ?? "").TrimEnd().TrimEnd('?', '？', '」', '”', '"', '』', ' ');
        return end.Length > 0 && end[^1] is '、' or '，' or ',';
    }

    public static bool WrongScript(StudyItem item)
    {
        var texts = item.Texts.ToList();
        if (item.Script != ItemScript.English && Wording.EnglishFrames.Any(f => item.Prompt.Contains(f, StringComparison.Ordinal)))
        {
            return true;
        }

        return item.Script switch
        {
            ItemScript.Traditional => texts.Any(t => Wording.SimplifiedOnlyFrames.Any(f => CardText.CjkCount(f) > 1 && t.Contains(f, StringComparison.Ordinal))),
            ItemScript.Simplified => texts.Any(t => Wording.TraditionalFrames.Any(f => CardText.CjkCount(f) > 1 && t.Contains(f, StringComparison.Ordinal))),
            _ => texts.Any(t => Wording.SimplifiedFrames.Concat(Wording.TraditionalFrames).Any(f => CardText.CjkCount(f) > 1 && t.Contains(f, StringComparison.Ordinal))),
        };
    }

    [GeneratedRegex(@"\\[a-zA-Z]{2,}\b|\]\(|https?://|www\.|\[!\w+\]|\[(?i:success|info|warning|danger|tip|note|hint|important|caution)\]|\\(?:sum|frac|sqrt|alpha|beta|gamma|theta|nabla|cdot|times|partial|prod|mathbf|mathrm|left|right|lambda|sigma|mu)(?![A-Za-z])|\\[\\`*_{}\[\]()#+\-.!|<>]|\*\*|__|`|\$\$|\$[^$\s]{1,40}\$|\$[^$\n]*[\\^_{}][^$\n]*\$|<[a-zA-Z/][^>]*>|&[a-z]+;|&#\d+;|\[\[|\]\]|(^|\s)#[A-Za-z\u4e00-\u9fff][\w\-]*|\{\{|^\s*>\s|^\s*[-*+]\s+\S|\|\s*-{3,}|\S\s{2,}#\s")]
    private static partial Regex Markup();

    // Three or more spaces inside a line: where an image or a block was taken out between two passages; a sentence's
    // full stop run into a list joint ("…（Data Masking）。；在提示词中…"): two bullets glued into one.
    [GeneratedRegex(@"\S {3,}\S|[。.！？!?]\s*[；;]\s*\S")]
    private static partial Regex Splice();

    private static readonly PerSection<List<string>> RunOnLabels = new(LabelsAfterListEntries);

    [GeneratedRegex(@"(也叫做|也叫|也称为|也稱為|也称|也稱|又称|又稱|又叫|或称|或稱|也就是|比如|例如|\bsuch as|\be\.g\.|\bi\.e\.|\bincluding|\balso called|\balso known as)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CutOff();

    [GeneratedRegex(@"\bTODO\b|\bTBD\b|\bFIXME\b|待补充|待補充|待完善|待更新")]
    private static partial Regex Reminder();

    // A call ("np.dot(", "fit()"), a dotted path of lower-case names ("np.linalg.norm", "torch.nn.Module"), an ARN, an
    // IAM action wildcard ("s3:*"), a camel-case member ("RagService.retrieveDocuments").
    [GeneratedRegex(@"\b[a-z_][A-Za-z0-9_]*\.[a-z_][A-Za-z0-9_]*\s*[(/]|\b[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*\.[A-Za-z_]\w*|\b[a-z_]\w*\(\)|\barn:aws:|\b[a-z0-9]+:\*|\b[A-Za-z_]\w*\.[a-z]+[A-Z]\w*")]
    private static partial Regex Code();

    [GeneratedRegex(@"\S \| \S")]
    private static partial Regex PipeRun();

    // "，透過大量的資料…": a back cut out of "機器學習指的是，透過…", which opens on the comma after the copula.
    private static bool StartsOnComma(string text) => text.TrimStart() is { Length: > 0 } t && t[0] is '，' or ',' or '；' or ';' or '、';

    [GeneratedRegex(@"^\{[^{}]+,[^{}]+\}$")]
    private static partial Regex SetLiteral();

    // A last Latin word of six letters or more that the section writes nowhere else as a word, and elsewhere as the
    // start of a word one to three letters longer (not an ending such as "s" or "ing"): the text was cut inside it.
    private const int MinCutWord = 6;
    private const int MaxCutRest = 3;

    // "embedding" → "embeddings" is the same word, not a cut one.
    private static readonly HashSet<string> Suffixes = new(["s", "es", "ed", "d", "ing", "er", "ers", "ly", "y", "al", "ity", "ize", "ise", "ist", "ism", "ion", "ive", "ous", "ful", "est", "ent", "ant", "ure"], StringComparer.Ordinal);

    public static bool CutWord(StudyItem item)
    {
        var markdown = item.Section.Markdown;
        foreach (var text in item.Texts)
        {
            if (LastLatinWord().Match(text.TrimEnd()) is not { Success: true } m || m.Value.Length < MinCutWord)
            {
                continue;
            }

            var word = m.Value;
            var (whole, longer) = (0, 0);
            for (var at = markdown.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = markdown.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var before = at > 0 && char.IsAsciiLetter(markdown[at - 1]);
                var end = at + word.Length;
                while (end < markdown.Length && char.IsAsciiLetter(markdown[end]))
                {
                    end++;
                }

                var rest = markdown[(at + word.Length)..end].ToLowerInvariant();
                whole += !before && rest.Length == 0 ? 1 : 0;
                longer += !before && rest.Length is > 0 and <= MaxCutRest && !Suffixes.Contains(rest) ? 1 : 0;
            }

            if (whole <= 1 && longer >= 1)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]+$")]
    private static partial Regex LastLatinWord();
}

