using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Definitions that are a syllabus line's topics, a quoted example or a product blurb.</summary>
internal static partial class MeaningChecks
{
    private const int MaxTopicWords = 5;
    private const int MaxFirstTopicWords = 3;

    // "「从前有座山」，拆分成词就是…", "\"I love it\", labelled positive": a quoted value, then what the walkthrough does with it.
    [GeneratedRegex(@"^(「[^」]{1,40}」|『[^』]{1,40}』|“[^”]{1,40}”|""[^""]{1,40}"")\s*[，,：:]")]
    private static partial Regex QuotedExample();

    // "i.e. in Random forests, we compute an average…", "e.g. …": an instance the line above introduced, not the term.
    [GeneratedRegex(@"^(i\.\s?e\.|e\.\s?g\.|eg\b|ie\b)", RegexOptions.IgnoreCase)]
    private static partial Regex InstanceLead();

    // "-> SageMaker Ground Truth", "\"Reduce training costs\" -> Use Spot Instances": an exam cheat sheet's need → service.
    [GeneratedRegex(@"^\s*(->|→|=>)|^[""“][^""”]{3,80}[""”]\s*(->|→|=>)")]
    private static partial Regex Mapping();

    // "Paris is to France as Berlin is to Germany", "国王之于王后，如同男人之于女人": one analogy, an instance of the term.
    [GeneratedRegex(@"^\S+( \S+)? is to \S+( \S+)? as \S+( \S+)? is to |^\S{1,8}之于\S{1,8}[，,]?\s*(就像|如同|正如|好比)\S{1,8}之于", RegexOptions.IgnoreCase)]
    private static partial Regex Analogy();

    // "\"我奶奶生前...\"、\"不然我会失业...\"", "\"Explain as if to a 5-year-old\" vs. \"Explain to a graduate student.\"": only quoted
    // examples, nothing said of them.
    [GeneratedRegex(@"^(""[^""]+""|“[^”]+”|「[^」]+」)(\s*(、|,|，|vs\.?|or|和|/|或)\s*(""[^""]+""|“[^”]+”|「[^」]+」))+\s*[。.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyQuotes();

    // "The system should continue to be reliable…", "It must…", "系统应该…".
    [GeneratedRegex(@"^((the|a|an|this|each|every|our|your|it|they)\s+)?(\w+\s+)?(should|must|needs to|has to|ought to)\s|^(系统|系統|模型|它)?(应该|應該|应当|應當|必须|必須)", RegexOptions.IgnoreCase)]
    private static partial Regex Requirement();

    // "Once the most relevant documents are retrieved…", "然后…": the step after another.
    [GeneratedRegex(@"^(once|after that|afterwards|then|finally|subsequently)\b|^next,|^(然后|然後|接着|接著|之后|之後|随后|隨後|最后|最後|接下来|接下來)", RegexOptions.IgnoreCase)]
    private static partial Regex Sequence();

    [GeneratedRegex(@"^(AWS|Amazon)?\s*(提供的)?\s*(完全|全)托管(式|的)?\s*(AI|ML)?\s*(功能|服务)[，,]?\s*(可|可以|能)?(帮助|帮)(您|你)(构建|建立|创建)|^(an?\s+)?fully[ -]managed\s+(AI\s+|ML\s+)?(capability|feature|service)\s+that\s+helps\s+you\s+build\b", RegexOptions.IgnoreCase)]
    private static partial Regex Blurb();

    // "data quality, privacy-enhancing tech, access control, integrity", "IAM, encryption, Amazon Macie, shared responsibility
    // model": a syllabus line's topics, parted by commas or semicolons (slashes join words inside a phrase: "build/test/deploy").
    private static bool TopicRun(string definition)
    {
        var topics = TopicSeparator().Split(Aside().Replace(definition, "").Trim().TrimEnd('.', '。')).Select(n => n.Trim()).ToList();
        // The first is a topic too, not a predicate whose object the rest list ("Tracking relationships between datasets,
        // training jobs, models…", "Guides the LLM with \"Thought,\" \"Action,\"…").
        var first = topics[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return topics.Count >= MinNameRun && first.Length <= MaxFirstTopicWords && !(first.Length > 1 && first[0].EndsWith("ing", StringComparison.Ordinal))
            && !definition.Contains('"', StringComparison.Ordinal)
            && topics.All(n => n.Length > 0 && CardText.WordCount(n) <= MaxTopicWords && CardText.CjkCount(n) == 0 && !Verb().IsMatch(n));
    }

    [GeneratedRegex(@"\s*[,;]\s*")]
    private static partial Regex TopicSeparator();

    // "Features of responsible AI", "AWS dimensions of responsible AI": a plural asks for its members, and a run of them answers.
    private static bool IsCollection(string? term) =>
        term is not null && Head(term).Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last] && last.Length > 3
        && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("is", StringComparison.Ordinal) && !last.EndsWith("us", StringComparison.Ordinal);

    // "dimensions" of "AWS dimensions of responsible AI".
    private static string Head(string term) => term.IndexOf(" of ", StringComparison.OrdinalIgnoreCase) is var of and > 0 ? term[..of] : term;

    /// <summary>
    /// True for an English back that points at a thing its own words never named ("a scalar that reshapes that
    /// distribution before sampling"): the sentence before, which the card leaves out, said which.
    /// </summary>
    internal static bool PointsBack(string text)
    {
        foreach (Match m in Demonstrative().Matches(text))
        {
            var noun = m.Groups["noun"].Value.TrimEnd('s');
            if (!text[..m.Index].Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(that|those|these|such) (?<noun>distribution|probabilit(y|ies)|outputs?|values?|vectors?|matri(x|ces)|scores?|lists?|steps?|process|approach|method|results?|problems?|issues?|layers?|weights?|parameters?|tokens?|words?|features?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Demonstrative();
}
