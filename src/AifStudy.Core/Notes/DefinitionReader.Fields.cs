using System.Text.RegularExpressions;

namespace AifStudy.Core.Notes;

/// <summary>
/// Notes written on a template, one section per term: "### SageMaker Ground Truth" over "**What it is:** A managed data
/// labeling service…", "### 提示工程" over "**定义**：…". The field says what the section's title is.
/// </summary>
internal static partial class DefinitionReader
{
    private const int MaxTitledTerm = 40;

    /// <summary>
    /// A section's definitions: what its body defines (with a what-it-is field given the section's title as its term), or,
    /// when it defines nothing itself, what its title is by the first thing under it: a paragraph under a what-it-is
    /// heading, an English first sentence, an AWS service's first list item. None under a why-title.
    /// </summary>
    public static IReadOnlyList<TermDefinition> OfSection(string sectionTitle, string? parentTitle, SectionContent content) =>
        GivesNoTerms(sectionTitle) ? []
        : content.Definitions.Count > 0 ? UnderTitle(sectionTitle, content.Definitions)
        : content.Lead is { } lead ? (parentTitle is null ? [] : UnderHeading(sectionTitle, parentTitle, lead)) is { Count: > 0 } field ? field : LeadOf(sectionTitle, lead)
        : content.LeadItem is { } item ? ServiceLead(sectionTitle, item)
        : [];

    /// <summary>
    /// <paramref name="definitions"/> with the one whose term is a what-it-is field (What it is, Definition, 定义, 是什么)
    /// given the section's title as its term, when the section has exactly one such field and its title names a term.
    /// </summary>
    private static IReadOnlyList<TermDefinition> UnderTitle(string sectionTitle, IReadOnlyList<TermDefinition> definitions)
    {
        var fields = definitions.Where(d => WhatItIs().IsMatch(d.Term.Trim())).ToList();
        if (fields.Count != 1)
        {
            return definitions;
        }

        // "### n-gram Language Models" over "Definition: A **n-gram** is a chunk of n consecutive words.": the field names
        // what it defines, and it is not the title.
        if (FieldSubject().Match(fields[0].Definition) is { Success: true } own && TitleTerm(sectionTitle) is var named
            && (named is null || !Flashcards.CardText.ContainsNormalized(own.Groups["subject"].Value, named)))
        {
            var subject = own.Groups["subject"].Value.Trim();
            return [.. definitions.Select(d => ReferenceEquals(d, fields[0]) ? d with { Term = subject, Definition = own.Groups["definition"].Value.Trim(), Kind = TermDefinitionKind.TitledField } : d)];
        }

        return TitleTerm(sectionTitle) is { } title
            ? [.. definitions.Select(d => ReferenceEquals(d, fields[0]) ? d with { Term = title, Kind = TermDefinitionKind.TitledField } : d)]
            : definitions;
    }

    [GeneratedRegex(@"^(?:A|An|The)\s+(?<subject>[A-Za-z][\w\-]*(?:\s[\w\-]+){0,3}?)\s+(?:is|are)\s+(?<definition>(?:a|an|the)\s.+)$")]
    private static partial Regex FieldSubject();

    /// <summary>
    /// A section titled as a what-it-is field ("### 📌 Definition", "#### 定义") whose body opens with a paragraph: that
    /// paragraph defines the parent section's title ("# 1️⃣ Data Drift (Feature Drift)"). Empty otherwise.
    /// </summary>
    private static IReadOnlyList<TermDefinition> UnderHeading(string sectionTitle, string parentTitle, string lead) =>
        IsWhatItIsTitle(sectionTitle) && TitleTerm(parentTitle) is { } term && lead.Length > 0
            ? [new TermDefinition(term, lead, TermDefinitionKind.TitledField)]
            : [];

    /// <summary>
    /// An English section whose first sentence defines its title: "#### Data Lake" over "A storage repository that holds large
    /// amounts of raw data in its native format.", "### Data Mesh" over "Data Mesh is a data architecture approach where…".
    /// The sentence (from its article, after "X is") is the definition. Empty otherwise.
    /// </summary>
    private static IReadOnlyList<TermDefinition> LeadOf(string sectionTitle, string lead)
    {
        if (TitleTerm(sectionTitle) is not { } term || Flashcards.CardText.CjkCount(lead) > 0 || !char.IsAsciiLetterUpper(term[0]) || term.Split(' ').Length > MaxLeadTermWords)
        {
            return [];
        }

        var end = lead.IndexOf(". ", StringComparison.Ordinal);
        var sentence = (end < 0 ? lead : lead[..(end + 1)]).Trim();
        if (sentence.Contains('\n', StringComparison.Ordinal) || !sentence.EndsWith('.') || sentence.Contains(':', StringComparison.Ordinal))
        {
            return [];
        }

        if (sentence.StartsWith(term + " ", StringComparison.OrdinalIgnoreCase) && TermCopula().Match(sentence[(term.Length + 1)..]) is { Success: true } copula)
        {
            sentence = sentence[(term.Length + 1 + copula.Length)..];
        }
        else if (!ArticleLead().IsMatch(sentence) || Situation().IsMatch(sentence))
        {
            return [];
        }

        return sentence.Length > MinLeadDefinition ? [new TermDefinition(term, sentence, TermDefinitionKind.TitledField)] : [];
    }

    /// <summary>
    /// A section titled with an AWS service's name whose body opens with a list: its first item says what the service
    /// does ("#### Amazon Transcribe" over "- Automatically convert speech to text"), as cheat sheets write them. Empty
    /// otherwise: an item that opens with a pronoun, a label or a link, or is not one short line.
    /// </summary>
    private static IReadOnlyList<TermDefinition> ServiceLead(string sectionTitle, string firstItem)
    {
        if (TitleTerm(sectionTitle) is not { } term || !IsServiceName(term))
        {
            return [];
        }

        var text = firstItem.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= MinServiceLeadWords and <= MaxServiceLeadWords && char.IsAsciiLetterUpper(text[0]) && !text.Contains('\n', StringComparison.Ordinal)
            && text.AsSpan().IndexOfAny([':', '：', '?', '？']) < 0 && Flashcards.CardText.CjkCount(text) == 0 && !NotAServiceLead().IsMatch(words[0])
            && !text.Contains(term, StringComparison.OrdinalIgnoreCase) && !NamedEntry().IsMatch(text)
            ? [new TermDefinition(term, text, TermDefinitionKind.TitledField)]
            : [];
    }

    // "Kinesis Video Stream - ingest and analyze…": a name and its gloss, one entry of a list of the service's parts, not
    // what the service does.
    [GeneratedRegex(@"^[A-Z][\w/()]*( [A-Z0-9][\w/()]*)* [-–—>] ")]
    private static partial Regex NamedEntry();

    private const int MinServiceLeadWords = 4;
    private const int MaxServiceLeadWords = 25;

    // "Amazon Transcribe", "AWS Glue", "SageMaker Canvas", and the AI services notes name without "Amazon".
    private static bool IsServiceName(string term) =>
        Quizzes.QuizText.IsAwsName(term) || ShortServiceName().IsMatch(term);

    [GeneratedRegex(@"^(Rekognition|Transcribe|Polly|Translate|Lex|Comprehend( Medical)?|Kendra|Textract|Personalize|Forecast|Fraud Detector|Connect|Augmented AI|A2I|Macie|Kinesis( Data \w+)?|Glue|Athena|QuickSight|Lookout for \w+|Q Business|Q Developer|CodeWhisperer|DeepRacer|HealthLake|Panorama|Monitron)$")]
    private static partial Regex ShortServiceName();

    // "Its for NLP…", "This is…", "Note…", "See…", "Example…": not what the service does.
    [GeneratedRegex(@"^(it|its|it's|this|these|that|the|they|we|you|i|note|see|example|e\.g\.|eg|also|more|link|docs?|pricing|cost|use|when|whenever|if|for|to)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAServiceLead();

    private const int MaxLeadTermWords = 5;
    private const int MinLeadDefinition = 20;

    // "is a", "is an", "are", "refers to": the copula after the title, up to the definition's own article.
    [GeneratedRegex(@"^(is|are|refers to|is defined as)\s+(?=(a|an|the)\s)")]
    private static partial Regex TermCopula();

    // "A storage repository that…", "An approach in which…": a noun phrase opening with its article; not "A few", "A lot", "An example".
    [GeneratedRegex(@"^(A|An)\s+(?!(few|lot|little|bit|quick|simple|short|brief|good|great|note|reminder|tip|example|couple|number|way|key|common|typical))[a-z][a-z-]+\s")]
    private static partial Regex ArticleLead();

    // "A challenge we face after calculating precision and recall is…": a situation someone is in, not what the title is.
    [GeneratedRegex(@"^(A|An)\s+\w+(\s\w+)?\s(we|you|i|they|one|people)\s")]
    private static partial Regex Situation();

    /// <summary>True for a section written as a what-it-is field under its term's heading (<see cref="UnderHeading"/>).</summary>
    public static bool IsWhatItIsTitle(string sectionTitle) => WhatItIs().IsMatch(BareTitle(sectionTitle));

    // The term a section's title names, without its number or emoji; null for a headline, a sentence or a reason.
    private static string? TitleTerm(string sectionTitle)
    {
        var title = BareTitle(sectionTitle);
        return title.Length is < 2 or > MaxTitledTerm || title.AsSpan().IndexOfAny(TitleMarks) >= 0 || GivesNoTerms(title) || Headline().IsMatch(title)
            ? null
            : title;
    }

    // A title without its number or its emoji: "3️⃣ SageMaker Ground Truth" → "SageMaker Ground Truth".
    private static string BareTitle(string sectionTitle) => Flashcards.CardText.StripNumber(Keycap().Replace(sectionTitle, " ").Trim()).Trim();

    // "The Deep Learning Revolution", "Introduction", "机器学习简介": a chapter's headline, not the name its definition defines.
    [GeneratedRegex(@"^(the|a|an)\s|\b(revolution|era|history|evolution|introduction|overview|basics|fundamentals|rise|chapter|part|module|lesson|summary|notes?|recap)\b|简介|簡介|概述|概览|概覽|基础|基礎|入门|入門|发展|發展|历史|歷史|崛起|总结|總結|笔记|筆記", RegexOptions.IgnoreCase)]
    private static partial Regex Headline();

    // "What it is", "What is it?", "Definition", "定义", "定義", "是什么" ("Meaning:" is as often a detail of a list entry).
    [GeneratedRegex(@"^(what\s+it\s+is|what\s+is\s+it|definition|定义|定義|是什么|是什麼|概念|释义|釋義)\s*[?？]?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatItIs();

    // "1️⃣", "🧠", "✅": a keycap number or an emoji decorating a title.
    [GeneratedRegex(@"[0-9#*]\uFE0F?\u20E3|[\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]|\p{Cs}")]
    private static partial Regex Keycap();

    private static readonly System.Buffers.SearchValues<char> TitleMarks = System.Buffers.SearchValues.Create("。.?？!！:：");
}
