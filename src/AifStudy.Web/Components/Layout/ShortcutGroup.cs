namespace AifStudy.Web.Components.Layout;

/// <summary>Shortcuts that belong to one place in the portal (everywhere, the review screen, ...).</summary>
public sealed record ShortcutGroup(string Title, IReadOnlyList<KeyboardShortcut> Shortcuts);
