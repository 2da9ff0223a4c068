namespace AifStudy.Web.Data;

/// <summary>What an <see cref="ItemReport"/> is about.</summary>
public enum ReportedItemKind
{
    Card,
    Question,
}
