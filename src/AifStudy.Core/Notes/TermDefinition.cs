namespace AifStudy.Core.Notes;

/// <summary>A term and its definition, as written in <c>**term**：definition</c>, <c>**Term:** definition</c> or <c>- Term(术语): definition</c>.</summary>
/// <param name="Term">The term as plain text, without the trailing colon.</param>
/// <param name="Definition">The definition as plain text.</param>
/// <param name="Kind">Which pattern the pair came from.</param>
public sealed record TermDefinition(string Term, string Definition, TermDefinitionKind Kind)
{
    /// <summary>The term, without the asterisks a broken emphasis leaves at its ends (<c>***训练(training)**：…</c> reads "*训练(training)").</summary>
    public string Term { get; init; } = Term.Length > 0 && (Term[0] == '*' || Term[^1] == '*') ? Term.Trim('*').Trim() : Term;
}

/// <summary>The written pattern a <see cref="TermDefinition"/> was recognised from.</summary>
public enum TermDefinitionKind
{
    /// <summary><c>**term**: definition</c> or <c>**term:** definition</c>.</summary>
    BoldTerm,
    /// <summary><c>term: definition</c> in a list item or paragraph, without bold.</summary>
    PlainColon,
    /// <summary>A bold or term-like list item whose child items define it.</summary>
    ParentItem,
    /// <summary>A section's "What it is:" / "定义：" field, which defines the section's title (<c>### SageMaker Ground Truth</c>).</summary>
    TitledField,
}
