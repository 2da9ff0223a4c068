using AifStudy.Core.Notes;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Generates flashcards from a parsed note, deterministically: the same note always gives the same cards in the same
/// order (sections in document order; within a section recall, terms, lists, cloze, questions, translations).
/// Pure and thread-safe.
/// </summary>
public static class CardGenerator
{
    /// <summary>Cards for <paramref name="note"/>; <paramref name="noteSlug"/> (the note's stable name, such as its file name without extension) goes into every key.</summary>
    public static IReadOnlyList<GeneratedCard> Generate(ParsedNote note, string noteSlug) => Generate(note, noteSlug, null, null);

    /// <summary>
    /// As <see cref="Generate(ParsedNote, string)"/>, writing only the kinds <paramref name="options"/> allows (default:
    /// <see cref="GenerationOptions.Default"/>) and counting in <paramref name="report"/> every candidate kept or
    /// dropped, by reason.
    /// </summary>
    public static IReadOnlyList<GeneratedCard> Generate(ParsedNote note, string noteSlug, GenerationReport? report, GenerationOptions? options = null) =>
        report is null
            ? Generate(note, noteSlug, (Action<CardDraft, string>?)null, options ?? GenerationOptions.Default)
            : Generate(note, noteSlug, (draft, why) => report.Drop(why, draft.Front + " → " + draft.Back), options ?? GenerationOptions.Default, report.Keep);

    /// <summary>As <see cref="Generate(ParsedNote, string)"/>, telling <paramref name="rejected"/> about every candidate dropped and why.</summary>
    internal static IReadOnlyList<GeneratedCard> Generate(
        ParsedNote note, string noteSlug, Action<CardDraft, string>? rejected, GenerationOptions? options = null, Action<StudyItem>? kept = null)
    {
        options ??= GenerationOptions.All;
        ArgumentNullException.ThrowIfNull(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(noteSlug);
        var cards = new List<GeneratedCard>();
        var seen = new HashSet<(string, string)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lists = new HashSet<string>(StringComparer.Ordinal);
        // With no one to tell why, a kind that is off is not drafted at all: the import's cards phase built every kind and
        // dropped most of them as "kind-off".
        Func<CardKind, bool> drafted = rejected is null ? options.CardKinds.Contains : _ => true;
        var candidates = note.Sections.SelectMany(s => Drafts(note, s, drafted, options.MindmapBranches)).Concat(ProseCards.From(note, noteSlug)).ToList();

        // Two terms the note describes in the same words ("用于分类和回归的算法。" for both 支持向量机 and 决策树): the back
        // does not tell either apart, so neither is asked.
        var sharedBacks = QualityText.DescribedAlike(candidates.Where(c => c.Kind == CardKind.TermDefinition), c => c.Back, c => c.Subject);
        foreach (var candidate in candidates)
        {
            if (!options.CardKinds.Contains(candidate.Kind) && !(options.MindmapBranches && MindmapCards.IsBranch(candidate)))
            {
                rejected?.Invoke(candidate, "kind-off");
                continue;
            }

            var (draft, item, front, back) = CardItems.Prepare(candidate, note);
            var violation = CardRules.Violation(draft, front, back)
                ?? (sharedBacks.Contains(candidate) ? "shared-back" : null)
                ?? (options.RunChecks ? ItemChecks.FirstFailure(item)?.Name : null);
            var normalizedBack = CardText.Normalize(back);

            // A mindmap branch that repeats a list the note already asks for is asked once.
            if (violation is null && draft.Kind == CardKind.ListRecall && !lists.Add(normalizedBack))
            {
                violation = "duplicate";
            }

            if (violation is null && !seen.Add((CardText.Normalize(front), normalizedBack)))
            {
                violation = "duplicate";
            }

            if (violation is not null)
            {
                rejected?.Invoke(draft, violation);
                continue;
            }

            kept?.Invoke(item);
            cards.Add(new GeneratedCard
            {
                Kind = draft.Kind,
                Front = draft.Front,
                Back = draft.Back,
                SectionAnchor = draft.Section.Anchor,
                SectionPath = draft.Section.Path,
                Key = UniqueKey(draft, noteSlug, keys),
                Subject = draft.Subject,
            });
        }

        return cards;
    }

    /// <summary>Every candidate card of one section, rules not yet applied. Empty and placeholder sections have none of their own.</summary>
    /// <remarks>
    /// <paramref name="drafted"/> names the kinds worth drafting (all by default); a mindmap's branches are drafted for
    /// list recall or, with <paramref name="branches"/>, on their own.
    /// </remarks>
    internal static IEnumerable<CardDraft> Drafts(ParsedNote note, NoteSection section, Func<CardKind, bool>? drafted = null, bool branches = true)
    {
        drafted ??= _ => true;
        if (drafted(CardKind.OrderedListRecall) && RecallCards.NumberedSubsections(section, note.Sections.Where(s => s.ParentIndex == section.Index).ToList()) is { } steps)
        {
            yield return steps;
        }

        if (section.IsEmpty || section.IsPlaceholder)
        {
            yield break;
        }

        var drafts = When(drafted(CardKind.SectionRecall), () => RecallCards.From(section))
            .Concat(When(drafted(CardKind.TermDefinition) || drafted(CardKind.DefinitionTerm), () => TermCards.From(section)))
            .Concat(When(drafted(CardKind.ListRecall) || drafted(CardKind.OrderedListRecall), () => ListCards.From(section)))
            .Concat(When(drafted(CardKind.Cloze), () => ClozeCards.From(section)))
            .Concat(When(drafted(CardKind.QuestionAnswer), () => QuestionCards.From(section)))
            .Concat(When(drafted(CardKind.BilingualPair), () => BilingualCards.From(section)))
            .Concat(When(drafted(CardKind.TermDefinition), () => BilingualTermCards.From(section)))
            .Concat(When(drafted(CardKind.ListRecall) || branches, () => MindmapCards.From(section)))
            .Concat(When(drafted(CardKind.PracticeQuestion), () => PracticeCards.From(section)));
        foreach (var draft in drafts)
        {
            yield return draft;
        }
    }

    private static IEnumerable<CardDraft> When(bool drafted, Func<IEnumerable<CardDraft>> drafts) => drafted ? drafts() : [];

    // Two cards with one subject in one section (a term defined twice) keep apart by their order.
    private static string UniqueKey(CardDraft draft, string noteSlug, HashSet<string> keys)
    {
        var key = CardKey.Compute(draft.Kind, noteSlug, draft.Section.Path, draft.Subject);
        for (var n = 2; !keys.Add(key); n++)
        {
            key = CardKey.Compute(draft.Kind, noteSlug, draft.Section.Path, draft.Subject + " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return key;
    }
}
