namespace AifStudy.Web.Components.Interop;

/// <summary>A key a component's module passed on: <c>KeyboardEvent.key</c> and its modifiers.</summary>
public readonly record struct KeyPress(string Key, bool CtrlOrMeta, bool Shift, bool Alt);
