using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>Term → definition cards from a section's <see cref="NoteSection.Definitions"/>, each followed by its reverse where that makes a fair question.</summary>
internal static class TermCards
{
    private const int MaxReverseTermLength = 20;
    private const int MaxReverseTermWords = 4;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        foreach (var definition in section.Definitions)
        {
            var node = definition.Kind == TermDefinitionKind.ParentItem ? FindItem(section.ListItems, definition.Term) : null;

            // A bold item whose children are headings of their own ("文本到文本模型" → NLP, RNN, Transformer) is a list, not a definition.
            if (node is not null && ItemLabels.HasCategoryChildren(node))
            {
                continue;
            }

            if (!IsWorthAsking(definition))
            {
                continue;
            }

            var english = CardText.IsEnglish(definition.Definition);
            var term = CardText.Escape(definition.Term);
            var back = node is null ? CardText.Escape(definition.Definition) : Bullets(node.Children);
            var context = Context(section, definition.Term, english);
            var front = english ? $"What is {term}?{context}" : $"什么是{term}？{context}";
            yield return new CardDraft(CardKind.TermDefinition, front, back, section, definition.Term);

            if (IsReversible(definition))
            {
                var reverse = english ? $"Which term is this?\n\n{back}" : $"这是哪个术语？\n\n{back}";
                yield return new CardDraft(CardKind.DefinitionTerm, reverse, term, section, definition.Term);
            }
        }
    }

    // "OpenAI：GPT-3/4" or "模型参数：6B" is a fact in a list, not a definition worth a card.
    private static bool IsWorthAsking(TermDefinition definition) =>
        definition.Kind != TermDefinitionKind.PlainColon
        || CardText.CjkCount(definition.Definition) >= 6
        || CardText.WordCount(definition.Definition) >= 3;

    private static bool IsReversible(TermDefinition definition) =>
        definition.Term.Length <= MaxReverseTermLength
        && CardText.WordCount(definition.Term) <= MaxReverseTermWords
        && CardText.HasContext(definition.Definition)
        && !CardText.ContainsNormalized(definition.Definition, definition.Term)
        && !CardText.ContainsNormalized(definition.Definition, CoreTerm(definition.Term));

    // "Instructions(說明)" is also given away by "instructions"; "大语言模型（LLM）" by "大语言模型".
    private static string CoreTerm(string term)
    {
        var paren = term.IndexOfAny(['(', '（']);
        return paren > 0 ? term[..paren].Trim() : term;
    }

    private static string Context(NoteSection section, string term, bool english)
    {
        var title = CardText.StripNumber(section.Title);
        return title.Length == 0 || CardText.ContainsNormalized(title, term) ? ""
            : english ? $" ({CardText.Escape(title)})" : $"（{CardText.Escape(title)}）";
    }

    private static string Bullets(IEnumerable<ListItemNode> items) =>
        string.Join("\n", items.Select(i => "- " + CardText.Escape(i.Text)));

    private static ListItemNode? FindItem(IEnumerable<ListItemNode> items, string text)
    {
        foreach (var item in items)
        {
            if (item.Text == text && item.Children.Count > 0)
            {
                return item;
            }

            if (FindItem(item.Children, text) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
