using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>Term → definition cards from a section's <see cref="NoteSection.Definitions"/>, each followed by its reverse where that makes a fair question.</summary>
internal static class TermCards
{
    private const int MaxReverseTermLength = 20;
    private const int MaxReverseTermWords = 4;
    private const int MaxReverseDefinitionLength = 150;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        foreach (var definition in section.Definitions)
        {
            var found = ItemTree.Find(section.ListItems, i => IsItemOf(i, definition));
            var node = definition.Kind == TermDefinitionKind.ParentItem ? found?.Item : null;

            // A link ("[ReFT：语言模型的表示微调](…)") is a reading list entry. A bold item whose children are headings of their own ("文本到文本模型" → NLP, RNN, Transformer) is a list, not a definition.
            if ((node is not null && ItemLabels.HasCategoryChildren(node)) || (found is { Item: var item } && ItemLabels.IsLink(item)) || !IsWorthAsking(definition) || (node is null && LeadsOn(definition)))
            {
                continue;
            }

            var english = CardText.IsEnglish(definition.Term + definition.Definition + CardText.StripNumber(section.Title));

            // Asked in the context of the item it is nested in; "局限性：训练缓慢…" under "循环神经网络" is an attribute of it and is never reversed.
            var parent = ItemTree.NamedParent(found?.Parent) is { } p ? Quality.SubjectContext.Place(section, p) : null;
            // Else the section path that places it (no sentence headings, no "第1课"), not the bare section title.
            var context = Context(parent ?? Quality.SubjectContext.Nearest(section, definition.Term) ?? "", definition.Term, english);
            var term = CardText.Escape(definition.Term);
            var back = node is null ? CardText.Escape(definition.Definition) : Bullets(node.Children);
            var front = english ? $"{CardText.WhatIs(definition.Term)} {term}?{context}" : $"“{term}”指什么？{context}";
            var named = context.Length > 0 ? parent ?? Quality.SubjectContext.Nearest(section, definition.Term) : null;
            yield return new CardDraft(CardKind.TermDefinition, front, back, section, definition.Term) { Context = named };

            if ((parent is null || definition.Kind != TermDefinitionKind.PlainColon) && IsReversible(definition))
            {
                var reverse = english ? $"Which term is this?{context}\n\n{back}" : $"这是哪个术语？{context}\n\n{back}";
                yield return new CardDraft(CardKind.DefinitionTerm, reverse, term, section, definition.Term) { Context = named };
            }
        }
    }

    private static bool IsItemOf(ListItemNode item, TermDefinition definition) =>
        definition.Kind == TermDefinitionKind.ParentItem
            ? item.Text == definition.Term && item.Children.Count > 0
            : item.Text.StartsWith(definition.Term, StringComparison.Ordinal) && item.Text.Contains(definition.Definition, StringComparison.Ordinal);

    // "OpenAI：GPT-3/4" or "模型参数：6B" is a fact in a list, not a definition worth a card.
    private static bool IsWorthAsking(TermDefinition definition) =>
        definition.Kind != TermDefinitionKind.PlainColon
        || CardText.CjkCount(definition.Definition) >= 6
        || CardText.WordCount(definition.Definition) >= 3;

    // "…定义如下：" leads into a formula or a list the card does not hold (a list nested under it is the back instead).
    private static bool LeadsOn(TermDefinition definition) =>
        definition.Definition.TrimEnd().EndsWith(':') || definition.Definition.TrimEnd().EndsWith('：');

    private static bool IsReversible(TermDefinition definition) =>
        definition.Term.Length <= MaxReverseTermLength
        && definition.Definition.Length <= MaxReverseDefinitionLength
        && CardText.WordCount(definition.Term) <= MaxReverseTermWords
        && CardText.HasContext(definition.Definition)
        && !CardText.ContainsNormalized(definition.Definition, definition.Term)
        && !CardText.ContainsNormalized(definition.Definition, CoreTerm(definition.Term));

    // "Instructions(說明)" is also given away by "instructions"; "大语言模型（LLM）" by "大语言模型".
    internal static string CoreTerm(string term)
    {
        var paren = term.AsSpan().IndexOfAny(['(', '（']);
        return paren > 0 ? term[..paren].Trim() : term;
    }

    private static string Context(string context, string term, bool english) =>
        context.Length == 0 || CardText.ContainsNormalized(context, term) ? ""
            : english ? $" ({CardText.Escape(context)})" : $"（{CardText.Escape(context)}）";

    // One child is the answer itself, not a list of one. A child keeps the items nested under it: "FM 使用自监督学习…"
    // says what pretraining does only with its "学习数据集中单词的含义、上下文和关系" (the lecture-back check drops a back
    // that grows into a whole passage).
    private static string Bullets(IReadOnlyList<ListItemNode> items) =>
        items.Count == 1 && items[0].Children.Count == 0 ? CardText.Escape(items[0].Text) : string.Join("\n", Lines(items, ""));

    private static IEnumerable<string> Lines(IReadOnlyList<ListItemNode> items, string indent) =>
        items.SelectMany(i => Lines(i.Children, indent + "  ").Prepend(indent + "- " + CardText.Escape(i.Text)));
}
