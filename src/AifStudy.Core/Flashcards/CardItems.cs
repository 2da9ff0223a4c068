using AifStudy.Core.Notes;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Flashcards;

/// <summary>A card draft as the quality checks see it, its fixed wording put in the draft's script first.</summary>
internal static class CardItems
{
    /// <summary>
    /// The draft with its wording in its script, the item the checks judge, and both sides as a reader sees them
    /// (rendered once: the rules, the checks and the duplicate test all read these).
    /// </summary>
    public static PreparedCard Prepare(CardDraft draft, ParsedNote note)
    {
        var term = Term(draft);
        var answerIsTerm = draft.Kind is CardKind.DefinitionTerm or CardKind.Cloze;
        var front = CardRules.Visible(draft.Front);
        var back = CardRules.Visible(draft.Back);
        var script = ItemScripts.Of(QualityText.WithoutFrames(front) + " " + back, draft.Section.PlainText, note.Metadata.Languages);
        var localized = draft with { Front = Wording.Localize(draft.Front, script), Back = Wording.Localize(draft.Back, script) };

        // The fixed phrases hold no markup, so localising the rendered text equals rendering the localised markdown.
        front = Wording.Localize(front, script);
        back = Wording.Localize(back, script);
        var item = new StudyItem
        {
            Kind = draft.Kind.ToString(),
            Prompt = front,
            Answer = draft.Kind == CardKind.Cloze && term is not null ? term : back,
            Term = term,
            Subject = draft.Subject,
            Context = draft.Context,
            AnswerIsTerm = answerIsTerm,
            Section = draft.Section,
            Script = script,
            RepeatedLabels = FieldLabels.RepeatedIn(note),
            OutlineSections = Outlines.In(note),
        };
        return new PreparedCard(localized, item, front, back);
    }

    private static string? Term(CardDraft draft) => draft.Kind switch
    {
        CardKind.Cloze => draft.Subject[(draft.Subject.LastIndexOf('|') + 1)..],
        CardKind.QuestionAnswer or CardKind.BilingualPair or CardKind.SectionRecall or CardKind.PracticeQuestion => null,
        _ => draft.Subject,
    };
}

/// <summary>A card draft ready to judge: localised, as the checks see it, and its sides as a reader sees them.</summary>
internal sealed record PreparedCard(CardDraft Draft, StudyItem Item, string Front, string Back);

