using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>A <see cref="TermDefinition"/> usable in a quiz, with the section it was written in.</summary>
internal sealed partial record QuizDefinition(string Term, string Definition, TermDefinitionKind Kind, NoteSection Section)
{
    /// <summary>
    /// The list item this pair is nested in when it names a topic: "局限性" alone cannot be answered, "局限性（循环神经网络）" can.
    /// </summary>
    public string? Context { get; init; }

    /// <summary>The list item this pair is nested in (null at a list's top level): what makes two pairs one list.</summary>
    public string? Parent { get; init; }

    /// <summary>Which list of its section the pair is written in (<see cref="ItemTree.ListKey"/>).</summary>
    public string List { get; init; } = "none";

    /// <summary>
    /// True when the pair's list is a run of notes more than a glossary (fewer than two in three of its entries define a
    /// term: "* Data Science - …", "* DS provides the workflow…", "* Training set - …", "* Why Use ML?"), or a glossary in
    /// alphabetical order. Its definitions are of no one kind, so they are no one another's wrong options.
    /// </summary>
    public bool MixedList { get; init; }

    /// <summary>The term as a question names it: with its <see cref="Context"/> when it has one.</summary>
    public string Display => Context is null ? Term : CardText.CjkCount(Term + Context) == 0 ? $"{Term} ({Context})" : $"{Term}（{Context}）";

    /// <summary>The term as a question over its own list names it: with its parent item, not the section it is in.</summary>
    public string NameInList => Parent is null ? Term : Display;

    /// <summary>Longer definitions are paragraphs to reread, not options to compare.</summary>
    public const int MaxDefinitionLength = 160;

    /// <summary>The note's own wording, as shown after answering: its line, not the context the prompt gave it.</summary>
    public string Explanation => Term + (CardText.CjkCount(Term + Definition) == 0 ? ": " : "：") + Definition;

    // "Pre-training | 预训练，在大规模语料上学习": the term's translation first is no part of what it means, and as an
    // option it names its term.
    private static string WithoutGloss(string term, string definition)
    {
        var comma = definition.AsSpan().IndexOfAny(['，', ',']);
        return comma > 0 && comma < definition.Length - 1 && Prose.ProseDefinition.IsGloss(definition[..comma].Trim(), TermCards.CoreTerm(term))
            ? definition[(comma + 1)..].Trim()
            : definition;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z](\s*[-–~～]\s*[A-Za-z])?$")]
    private static partial System.Text.RegularExpressions.Regex AlphabetTitle();

    /// <summary>
    /// The note's definitions fit for questions: term and definition both say something, the definition is short
    /// enough to be an option, and the term is not defined twice in the note in different words (which would make
    /// two options right).
    /// </summary>
    public static IReadOnlyList<QuizDefinition> Of(QuizContext context)
    {
        // A glossary's letters ("## A", "## B", "### C–D", two or more) group terms by spelling, not by kind: a metric
        // beside an algorithm and AI itself. Their entries are cards, not each other's wrong options.
        var letters = context.Sections.Where(s => AlphabetTitle().IsMatch(CardText.StripNumber(s.Title))).ToList();
        var all = context.Sections
            .Where(s => letters.Count < 2 || !letters.Contains(s))
            .SelectMany(s => Read(s))
            .Where(d => CardText.Normalize(d.Term).Length > 0
                && !d.Definition.TrimEnd().EndsWith(':') && !d.Definition.TrimEnd().EndsWith('：')
                && CardText.Normalize(d.Definition).Length >= 2
                && d.Definition.Length <= MaxDefinitionLength
                && !QuizText.IsNearEqual(d.Term, d.Definition)
                && !Quality.AnswerChecks.IsClassificationOnly(d.Definition)
                // "For the purpose of this course - Managing… data", "ML main idea - …": no name, and as a wrong option
                // it may describe the right term.
                && !Quality.SubjectChecks.IsLabel(d.Term) && !Quality.SubjectChecks.IsAttributeLabel(d.Term) && !Quality.SubjectChecks.OpensAsClause(d.Term) && !Quality.SubjectChecks.IsNotation(d.Term))
            .ToList();
        // A parent item "defined" by its children's names and their notes ("文本到文本模型：NLP；RNN；Transformer")
        // is an enumeration, asked about elsewhere; as an option it would contain other options.
        return all
            .Where(d => d.Kind != TermDefinitionKind.ParentItem
                || !all.Any(o => o != d && CardText.Normalize(o.Term).Length >= 2 && CardText.ContainsNormalized(d.Definition, o.Term)))
            .Where(d => !all.Any(o => o != d && QuizText.IsNearEqual(o.Term, d.Term) && !QuizText.IsNearEqual(o.Definition, d.Definition)))
            .DistinctBy(d => CardText.Normalize(d.Term))
            .ToList();
    }

    private const int MinMixedList = 4;

    // A section's definitions, each with its list and whether that list is mixed: the section's list keys are read once.
    private static IEnumerable<QuizDefinition> Read(NoteSection s)
    {
        if (s.Definitions.Count == 0)
        {
            return [];
        }

        var sizes = ItemTree.ListKeys(s.ListItems).CountBy(x => x.Key).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        var read = s.Definitions.Select(d => (Definition: d, List: ListOf(d, s))).ToList();
        var mixed = read.GroupBy(r => r.List, StringComparer.Ordinal)
            .Where(g => g.Key != "none" && IsMixed(sizes.GetValueOrDefault(g.Key), [.. g.Select(r => r.Definition.Term)]))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return read.Select(r => new QuizDefinition(r.Definition.Term.Trim(), WithoutGloss(r.Definition.Term.Trim(), r.Definition.Definition.Trim()), r.Definition.Kind, s)
        {
            Context = ContextOf(r.Definition, s),
            Parent = ParentContext(r.Definition, s),
            List = r.List,
            MixedList = mixed.Contains(r.List),
        });
    }

    // The entries of a list against the definitions written in it.
    private static bool IsMixed(int items, List<string> defined) =>
        (items >= MinMixedList && defined.Count * 3 < items * 2) || Alphabetical(defined);

    // "* Accuracy…", "* Anomaly Detection…", "* API…", "* Artificial Intelligence…": a glossary in the order of the alphabet
    // groups its terms by spelling, not by kind (a metric beside a notebook), like a glossary's letter headings.
    private const int MinAlphabetical = 8;

    // By first letter, Latin names only, with one slip in ten allowed ("Area Under the Curve" before "API").
    private static bool Alphabetical(List<string> terms) =>
        terms.Count >= MinAlphabetical && terms.All(t => t.Length > 0 && char.IsAsciiLetter(t[0]))
        && terms.Zip(terms.Skip(1)).Count(p => char.ToUpperInvariant(p.First[0]) > char.ToUpperInvariant(p.Second[0])) * 10 <= terms.Count
        && terms.Select(t => char.ToUpperInvariant(t[0])).Distinct().Count() >= 3;

    private static string ListOf(TermDefinition d, NoteSection section) =>
        ItemTree.ListKey(section.ListItems, i => d.Kind == TermDefinitionKind.ParentItem
            ? i.Text == d.Term && i.Children.Count > 0
            : i.Text.StartsWith(d.Term, StringComparison.Ordinal) && i.Text.Contains(d.Definition, StringComparison.Ordinal));

    // The parent item, else the section path that places it: "硬件限制" is asked as "硬件限制（批量大小 › 批量大小的影响）".
    private static string? ContextOf(TermDefinition d, NoteSection section) =>
        ParentContext(d, section) ?? Quality.SubjectContext.Nearest(section, d.Term);

    private static string? ParentContext(TermDefinition d, NoteSection section)
    {
        if (d.Kind != TermDefinitionKind.PlainColon)
        {
            return null;
        }

        var found = ItemTree.Find(section.ListItems, i => i.Text.StartsWith(d.Term, StringComparison.Ordinal) && i.Text.Contains(d.Definition, StringComparison.Ordinal));
        var context = found is { } f ? ItemTree.NamedParent(f.Parent) : null;
        return context is null || CardText.ContainsNormalized(context, d.Term) || CardText.ContainsNormalized(d.Term, context) ? null : Quality.SubjectContext.Place(section, context);
    }

    /// <summary>
    /// Tier of <paramref name="other"/> as a distractor for this one, lower is better: the same list (same section,
    /// or sibling sections whose titles their what-it-is fields define)
    /// parent item and list) 0, the same section 1, a sibling or child section 2, the rest of the note 3.
    /// </summary>
    public int TierOf(QuizDefinition other) =>
        // Sections written on one template ("### SageMaker Clarify" / "**What it is:** …" under one chapter) are one list.
        Kind == TermDefinitionKind.TitledField && other.Kind == TermDefinitionKind.TitledField && (other.Section.ParentIndex == Section.ParentIndex || OneTemplate(Section, other.Section)) ? 0
        : other.Section != Section ? (other.Section.ParentIndex == Section.ParentIndex || other.Section.ParentIndex == Section.Index ? 2 : 3)
        : other.Parent == Parent && other.List == List && !MixedList ? 0 : 1;

    // "# Data Drift" › "### Definition" beside "# Concept Drift" › "### Definition": the same field under sibling headings.
    private static bool OneTemplate(NoteSection a, NoteSection b) =>
        a.Path.Count == b.Path.Count && a.Path.Count >= 2 && DefinitionReader.IsWhatItIsTitle(a.Title) && DefinitionReader.IsWhatItIsTitle(b.Title)
        && a.Path.Take(a.Path.Count - 2).SequenceEqual(b.Path.Take(b.Path.Count - 2), StringComparer.Ordinal);
}
