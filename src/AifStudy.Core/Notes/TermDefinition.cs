namespace AifStudy.Core.Notes;

/// <summary>A term and its definition, as written in <c>**term**：definition</c>, <c>**Term:** definition</c> or <c>- Term(术语): definition</c>.</summary>
/// <param name="Term">The term as plain text, without the trailing colon.</param>
/// <param name="Definition">The definition as plain text.</param>
/// <param name="Kind">Which pattern the pair came from.</param>
public sealed partial record TermDefinition(string Term, string Definition, TermDefinitionKind Kind)
{
    /// <summary>The term, without the asterisks a broken emphasis leaves at its ends (<c>***训练(training)**：…</c> reads "*训练(training)").</summary>
    public string Term { get; init; } = Unmarked(Term.Length > 0 && (Term[0] == '*' || Term[^1] == '*') ? Term.Trim('*').Trim() : Term);

    /// <summary>The definition, without the copula a colon already says ("RAG：是指检索增强生成概念" reads "检索增强生成概念").</summary>
    public string Definition { get; init; } = Copula().Replace(LeadDash().Replace(Definition, ""), "");

    // "Precision:- 4 Bytes for FP32": ":-" is one separator, and its dash no part of the definition.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[-–—]\s+(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex LeadDash();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(就是指|是指|指的是|就是)(?=[^\s，,。；;：:])")]
    private static partial System.Text.RegularExpressions.Regex Copula();

    // "**Rerank 重排**（重点）：…": the author's marker of what matters is no part of the name.
    private static string Unmarked(string term) =>
        term.Length > 0 && term[^1] is ')' or '）' ? AuthorMarker().Replace(term, "") : term;

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[（(]\s*(重点|重要|必考|考点|常考|高频|核心|必会|必背|important|must know)\s*[)）]\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AuthorMarker();
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
