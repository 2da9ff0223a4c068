namespace AifStudy.Web.Components.Layout;

/// <summary>One line of the shortcut help: the keys (any one of them works) and what they do.</summary>
public sealed record KeyboardShortcut(IReadOnlyList<string> Keys, string Action);
