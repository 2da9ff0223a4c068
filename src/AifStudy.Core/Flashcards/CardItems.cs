using AifStudy.Core.Notes;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Flashcards;

/// <summary>A card draft as the quality checks see it, its fixed wording put in the draft's script first.</summary>
internal static class CardItems
{
    /// <summary>The draft with its wording in its script, and the item the checks judge.</summary>
    public static (CardDraft Draft, StudyItem Item) Prepare(CardDraft draft, ParsedNote note)
    {
        var term = Term(draft);
        var answerIsTerm = draft.Kind is CardKind.DefinitionTerm or CardKind.Cloze;
        var content = QualityText.WithoutFrames(CardRules.Visible(draft.Front)) + " " + CardRules.Visible(draft.Back);
        var script = ItemScripts.Of(content, draft.Section.PlainText, note.Metadata.Languages);
        var localized = draft with { Front = Wording.Localize(draft.Front, script), Back = Wording.Localize(draft.Back, script) };
        var item = new StudyItem
        {
            Kind = draft.Kind.ToString(),
            Prompt = CardRules.Visible(localized.Front),
            Answer = draft.Kind == CardKind.Cloze && term is not null ? term : CardRules.Visible(localized.Back),
            Term = term,
            Subject = draft.Subject,
            Context = draft.Context,
            AnswerIsTerm = answerIsTerm,
            Section = draft.Section,
            Script = script,
        };
        return (localized, item);
    }

    private static string? Term(CardDraft draft) => draft.Kind switch
    {
        CardKind.Cloze => draft.Subject[(draft.Subject.LastIndexOf('|') + 1)..],
        CardKind.QuestionAnswer or CardKind.BilingualPair or CardKind.SectionRecall => null,
        _ => draft.Subject,
    };
}
