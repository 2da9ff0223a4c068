using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>
/// The other names a definition sentence gives its term before saying what it is (<c>Latency 是延迟，…</c>,
/// <c>MoE 是 Mixture of Experts，混合专家，它…</c>): kept as <see cref="ProseDefinition.Glosses"/>, out of the definition.
/// </summary>
internal sealed partial record ProseDefinition
{
    // "Latency 是延迟，可能指…" → glosses [延迟], definition "可能指…"; false when nothing but glosses is left.
    private static bool Split(string term, ref string definition, out IReadOnlyList<string> glosses)
    {
        var found = new List<string>();
        while (GlossLead().Match(definition) is { Success: true } g && IsGloss(g.Groups["gloss"].Value.Trim(), term))
        {
            found.Add(g.Groups["gloss"].Value.Trim());
            definition = definition[g.Length..];
        }

        // "…，它通过路由让每个 Token 使用部分专家模块": the pronoun is the term; "Chunk 是文档片段，切片是把长资料…": so is
        // its Chinese name.
        if (found.Count > 0)
        {
            definition = PronounLead().Replace(definition, "");
            if (NamedLead().Match(definition) is { Success: true } n && IsGloss(n.Groups["gloss"].Value, term))
            {
                found.Add(n.Groups["gloss"].Value);
                definition = definition[n.Length..];
            }
        }

        glosses = found;
        return found.Count == 0 || IsDefinition(term, definition);
    }

    /// <summary>
    /// True when <paramref name="text"/> is another name of <paramref name="term"/> rather than a description: the words an
    /// acronym stands for (Time To First Token for TTFT), a few Chinese characters glossing an English name (延迟 for
    /// Latency) or the reverse, or the translation the glossary knows.
    /// </summary>
    internal static bool IsGloss(string text, string term)
    {
        if (Quality.Glossary.Translations(term).Contains(Quality.QualityText.Compared(text)))
        {
            return true;
        }

        var termIsLatin = CardText.CjkCount(term) == 0;
        if (CardText.CjkCount(text) == 0)
        {
            // An English name: a few capitalised words, glossing a Chinese term or spelling out an acronym.
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 1 or > 6 || !words.All(w => LatinWord().IsMatch(w)))
            {
                return false;
            }

            // "Mixture of Experts" for MoE: the initials of every word, or of the capitalised ones.
            var capitals = words.Where(w => char.IsUpper(w[0])).ToList();
            var acronym = term.ToLowerInvariant();
            return !termIsLatin
                ? capitals.Count == words.Length
                : term.Count(char.IsUpper) >= 2 && (Initials(words) == acronym || Initials(capitals) == acronym);
        }

        // A Chinese name for an English term: a short noun, no verb or particle, and not a trait ("召回导向", "数据驱动").
        return termIsLatin && text.Length is >= 2 and <= 6 && text.All(Notes.ScriptCounts.IsCjk) && !text.Any(NotGlossCharacters.Contains)
            && !TraitSuffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal));
    }

    private static readonly string[] TraitSuffixes = ["导向", "導向", "驱动", "驅動", "优先", "優先", "为主", "為主", "友好", "密集", "敏感", "相关", "相關", "无关", "無關"];

    private static string Initials(IEnumerable<string> words) => string.Concat(words.Select(w => char.ToLowerInvariant(w[0])));

    private static readonly HashSet<char> NotGlossCharacters = [.. "的是有在用让讓把被对對将將可能会會要通使指为為一这這那种種个個也都就还還"];

    [GeneratedRegex(@"^(?<gloss>[^，,。；;：:（(]{2,40})[，,]\s*")]
    private static partial Regex GlossLead();

    [GeneratedRegex(@"^(?<gloss>\p{IsCJKUnifiedIdeographs}{2,6}?)(是指|是|指)")]
    private static partial Regex NamedLead();

    [GeneratedRegex(@"^(它们|它們|它|其)\s*")]
    private static partial Regex PronounLead();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9\-]*$")]
    private static partial Regex LatinWord();
}
