namespace AifStudy.Core.Quizzes;

/// <summary>The shapes of quiz question the generator writes, matching the AIF-C01 exam's item types plus a typed cloze.</summary>
public enum QuestionKind
{
    /// <summary>One correct option among four.</summary>
    MultipleChoice,

    /// <summary>Two or three correct options among five or more ("choose two").</summary>
    MultipleResponse,

    /// <summary>Three to five steps to put in order.</summary>
    Ordering,

    /// <summary>Three to seven terms, each matched with its definition.</summary>
    Matching,

    /// <summary>A statement to judge true or false.</summary>
    TrueFalse,

    /// <summary>A sentence with a term blanked, answered by typing the term.</summary>
    Cloze,
}
