namespace AifStudy.Web.Data;

/// <summary>Why a learner reported a card or question.</summary>
public enum ReportReason
{
    WrongAnswer,
    Unclear,
    GivesAnswerAway,
    Duplicate,
    Other,
}
