using AifStudy.Core.Notes;

namespace AifStudy.Core.Quality;

/// <summary>
/// A generated card or question as the quality checks see it: what a learner reads (plain text, markup rendered away),
/// the right answer, the wrong options, what it is about, and where in the note it came from.
/// </summary>
public sealed record StudyItem
{
    /// <summary>The card or question kind, such as <c>TermDefinition</c> or <c>MultipleChoice</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>True for a quiz question, false for a flashcard.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>The front of a card, or a question's prompt.</summary>
    public required string Prompt { get; init; }

    /// <summary>The back of a card, the right option(s) of a question, or a cloze's answer.</summary>
    public required string Answer { get; init; }

    /// <summary>Every option shown, right ones included; empty for cards and typed answers.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The wrong options.</summary>
    public IReadOnlyList<string> Distractors { get; init; } = [];

    /// <summary>The term, label or list the item asks about, as the note writes it (null when it has none).</summary>
    public string? Term { get; init; }

    /// <summary>The generator's name for what the item asks (<c>term:嵌入层</c>, <c>example:FM 的示例</c>), or null.</summary>
    public string? Subject { get; init; }

    /// <summary>What the prompt names besides the term so that it stands alone (a parent item, the section path), or null.</summary>
    public string? Context { get; init; }

    /// <summary>True when <see cref="Answer"/> is the term (definition → term, cloze) rather than what is said of it.</summary>
    public bool AnswerIsTerm { get; init; }

    /// <summary>For a true/false question: whether the statement is true.</summary>
    public bool? StatementIsTrue { get; init; }

    /// <summary>A question's explanation shown after answering (empty for cards).</summary>
    public string Explanation { get; init; } = "";

    /// <summary>The section the item was made from.</summary>
    public required NoteSection Section { get; init; }

    /// <summary>The keys of the line labels the item's note writes more than once (<see cref="FieldLabels"/>).</summary>
    public IReadOnlySet<string> RepeatedLabels { get; init; } = new HashSet<string>();

    /// <summary>The indexes of the sections the item's note uses as its table of contents (<see cref="Outlines"/>).</summary>
    public IReadOnlySet<int> OutlineSections { get; init; } = new HashSet<int>();

    /// <summary>The language and script the item's fixed wording must follow.</summary>
    public required ItemScript Script { get; init; }

    /// <summary>
    /// True for a practice question the note's author wrote and keyed (<see cref="Quizzes.PracticeQuestions"/>): its
    /// source is a question by design, and its near-alike options are the author's intended distractors.
    /// </summary>
    public bool IsPractice => Subject?.StartsWith(Quizzes.PracticeQuestions.SubjectPrefix, StringComparison.Ordinal) == true;

    /// <summary>Every text a learner sees.</summary>
    public IEnumerable<string> Texts => new[] { Prompt, Answer }.Concat(Options);
}
