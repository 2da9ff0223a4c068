using AifStudy.Core.Flashcards;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Short names for card kinds, as a learner would call them.</summary>
public static class CardKindLabels
{
    public static string Of(CardKind kind) => kind switch
    {
        CardKind.TermDefinition => "Term → definition",
        CardKind.DefinitionTerm => "Definition → term",
        CardKind.SectionRecall => "Key points",
        CardKind.ListRecall => "List",
        CardKind.OrderedListRecall => "Order",
        CardKind.Cloze => "Cloze",
        CardKind.QuestionAnswer => "Q & A",
        CardKind.BilingualPair => "EN ↔ 中文",
        CardKind.PracticeQuestion => "Practice question",
        _ => kind.ToString(),
    };
}
