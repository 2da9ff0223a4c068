namespace AifStudy.Core.Flashcards;

/// <summary>What a generated card asks, and which pattern of the note it came from.</summary>
public enum CardKind
{
    /// <summary>Term on the front, its definition on the back (<c>**term**：definition</c>, <c>- Term(术语): definition</c>, bold items with child bullets).</summary>
    TermDefinition,

    /// <summary>The reverse of <see cref="TermDefinition"/>: definition on the front, term on the back. Only for short terms.</summary>
    DefinitionTerm,

    /// <summary>"What are the key points of this section?", answered by the section's own bullets.</summary>
    SectionRecall,

    /// <summary>"List the N items of …" for an enumeration such as <c>FM 的示例：</c> with short child items.</summary>
    ListRecall,

    /// <summary>"List the N steps of … in order" for numbered lists and numbered subsections.</summary>
    OrderedListRecall,

    /// <summary>A sentence with a bold term blanked out.</summary>
    Cloze,

    /// <summary>A question the note asks and answers itself (<c>什么是提示词？提示词是……</c>).</summary>
    QuestionAnswer,

    /// <summary>An English sentence on the front and its Chinese translation on the back.</summary>
    BilingualPair,

    /// <summary>A practice question the author wrote with its answer (an answer block under it, <c>Q: … A: …</c>).</summary>
    PracticeQuestion,
}
