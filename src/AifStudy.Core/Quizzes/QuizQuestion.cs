namespace AifStudy.Core.Quizzes;

/// <summary>
/// One generated quiz question. How <see cref="Options"/> and <see cref="CorrectIndexes"/> are read depends on
/// <see cref="Kind"/>:
/// <list type="bullet">
/// <item><see cref="QuestionKind.MultipleChoice"/>, <see cref="QuestionKind.TrueFalse"/>: one index, the right option.</item>
/// <item><see cref="QuestionKind.MultipleResponse"/>: every right option, ascending.</item>
/// <item><see cref="QuestionKind.Ordering"/>: option indexes in the correct order (first step first).</item>
/// <item><see cref="QuestionKind.Matching"/>: for each of <see cref="Items"/>, the index of the option that matches it.</item>
/// <item><see cref="QuestionKind.Cloze"/>: no options; any of <see cref="AcceptedAnswers"/> typed is right.</item>
/// </list>
/// </summary>
public sealed record QuizQuestion
{
    /// <summary>Stable identity (see <see cref="QuizKey"/>): survives rewording elsewhere in the note and reseeding.</summary>
    public required string Key { get; init; }

    /// <summary>The question's shape.</summary>
    public required QuestionKind Kind { get; init; }

    /// <summary>
    /// The AIF-C01 domain (1..5) of the question's section (<see cref="Exam.SectionClassifier"/>), else of the note; null
    /// when neither has one.
    /// </summary>
    public int? Domain { get; init; }

    /// <summary>The AIF-C01 task statement ("3.2") of the question's section, or null when it has none.</summary>
    public string? TaskStatement { get; init; }

    /// <summary>The note's slug (file name without extension).</summary>
    public required string NoteSlug { get; init; }

    /// <summary>Anchor of the section the question was taken from, for a "read it again" link.</summary>
    public required string SectionAnchor { get; init; }

    /// <summary>The question as plain text.</summary>
    public required string Prompt { get; init; }

    /// <summary>Choices in display order (already shuffled); empty for a cloze.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The answer, as option indexes; see the type's remarks for each kind.</summary>
    public IReadOnlyList<int> CorrectIndexes { get; init; } = [];

    /// <summary>For <see cref="QuestionKind.Matching"/>: the terms on the left, each matched to one option.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>For <see cref="QuestionKind.Cloze"/>: the answers that count as right (compared by <see cref="AnswerMatcher"/>).</summary>
    public IReadOnlyList<string> AcceptedAnswers { get; init; } = [];

    /// <summary>The note's own sentence(s) the answer comes from, shown after answering.</summary>
    public required string Explanation { get; init; }

    /// <summary>What the question is about as its key reads it (<c>term:嵌入层</c>), for the quality checks.</summary>
    internal string? Subject { get; init; }

    /// <summary>What the prompt names besides its subject so that it stands alone, for the quality checks.</summary>
    internal string? Context { get; init; }
}
