namespace AifStudy.Web.Components.Layout;

/// <summary>
/// The keyboard shortcuts the portal has, as the <c>?</c> overlay lists them. The review keys are the ones
/// <see cref="Flashcards.ReviewShortcut.Resolve"/> understands (a test holds the two together); the quiz keys the ones
/// <see cref="Quizzes.QuizQuestionCard"/> handles.
/// </summary>
public static class KeyboardShortcuts
{
    public static IReadOnlyList<ShortcutGroup> All { get; } =
    [
        new("Everywhere",
        [
            new(["?"], "Show this list of shortcuts"),
            new(["/"], "Search notes and cards"),
            new(["Esc"], "Close this list or the menu"),
        ]),
        new("Review",
        [
            new(["Space", "Enter"], "Show the answer"),
            new(["1"], "Again"),
            new(["2"], "Hard"),
            new(["3"], "Good"),
            new(["4"], "Easy"),
            new(["Ctrl+Z", "⌘Z"], "Undo the last answer"),
            new(["R"], "Report a problem with the card"),
            new(["E"], "Edit the card"),
        ]),
        new("Quizzes and the exam",
        [
            new(["1–9"], "Choose that option (in a multiple-response question, again to clear it)"),
            new(["Enter"], "Check the answer, then go on to the next question; in the exam, the next question"),
        ]),
    ];
}
