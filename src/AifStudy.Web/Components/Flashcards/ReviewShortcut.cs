using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Components.Flashcards;

/// <summary>What a key press on the review screen asks for.</summary>
public enum ReviewShortcutKind
{
    None,
    Reveal,
    Rate,
    Undo,
    Report,
    Edit,
}

/// <summary>A resolved key press; <see cref="Rating"/> is set for <see cref="ReviewShortcutKind.Rate"/>.</summary>
public readonly record struct ReviewShortcut(ReviewShortcutKind Kind, Rating? Rating = null)
{
    public static ReviewShortcut None { get; } = new(ReviewShortcutKind.None);

    /// <summary>
    /// Space or Enter reveal the answer; 1-4 rate Again/Hard/Good/Easy once it is shown; Ctrl+Z or Cmd+Z undo;
    /// R reports a problem with the card, E edits it (either side up).
    /// <paramref name="key"/> is the DOM <c>KeyboardEvent.key</c>, so the digits of the number row and the keypad
    /// both count, and Z follows the keyboard layout.
    /// </summary>
    public static ReviewShortcut Resolve(string key, bool ctrlOrMeta, bool shift, bool alt, bool revealed, bool canUndo)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (alt)
        {
            return None;
        }

        if (ctrlOrMeta)
        {
            // Ctrl+Shift+Z is redo elsewhere; do not treat it as undo.
            return !shift && canUndo && key is "z" or "Z" ? new(ReviewShortcutKind.Undo) : None;
        }

        return key switch
        {
            " " or "Enter" when !revealed && !shift => new(ReviewShortcutKind.Reveal),
            "1" when revealed => new(ReviewShortcutKind.Rate, Core.Scheduling.Rating.Again),
            "2" when revealed => new(ReviewShortcutKind.Rate, Core.Scheduling.Rating.Hard),
            "3" when revealed => new(ReviewShortcutKind.Rate, Core.Scheduling.Rating.Good),
            "4" when revealed => new(ReviewShortcutKind.Rate, Core.Scheduling.Rating.Easy),
            "r" or "R" when !shift => new(ReviewShortcutKind.Report),
            "e" or "E" when !shift => new(ReviewShortcutKind.Edit),
            _ => None,
        };
    }
}
