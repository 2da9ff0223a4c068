namespace AifStudy.Web.Data;

/// <summary>How a quiz attempt is taken.</summary>
public enum QuizMode
{
    /// <summary>One question at a time with immediate feedback; no clock.</summary>
    Practice,

    /// <summary>The AIF-C01 simulation: answers can change until submit, no feedback before, a server-side deadline.</summary>
    Exam,
}
