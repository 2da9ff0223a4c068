using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Quizzes.Prose;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Term → definition cards from definitions written as sentences in lecture prose ("推理是指利用模型对新数据进行处理以进行
/// 预测的过程。"), the same ones the prose questions ask: a lecture note with no lists still gets cards. A term that
/// already has a list or bold definition card is not asked twice.
/// </summary>
internal static class ProseCards
{
    public static IEnumerable<CardDraft> From(ParsedNote note, string noteSlug)
    {
        var listed = note.Sections.SelectMany(s => s.Definitions).Select(d => CardText.Normalize(d.Term)).ToHashSet(StringComparer.Ordinal);
        foreach (var d in ProseDefinition.Of(new QuizContext(note, noteSlug, null, 0)))
        {
            // The Chinese half of a bilingual pair is asked with its English (BilingualTermCards), not again alone.
            if (listed.Contains(CardText.Normalize(d.Term))
                || d.Section.BilingualPairs.Any(p => CardText.ContainsNormalized(p.Chinese, d.Definition)))
            {
                continue;
            }

            var english = CardText.IsEnglish(d.Term + d.Back);
            var context = SubjectContext.IfAmbiguous(d.Section, d.Term) ?? SubjectContext.OwnerInTitle(d.Section, d.Term);
            var named = context is null ? "" : english ? $" ({CardText.Escape(context)})" : $"（{CardText.Escape(context)}）";
            var term = CardText.Escape(d.Term);
            var front = english ? $"{CardText.WhatIs(term)} {term}?{named}" : $"“{term}”指什么？{named}";
            yield return new CardDraft(CardKind.TermDefinition, front, CardText.Escape(d.Back), d.Section, d.Term) { Context = context };
        }
    }
}
