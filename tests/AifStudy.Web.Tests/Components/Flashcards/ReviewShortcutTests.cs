using AifStudy.Core.Scheduling;
using AifStudy.Web.Components.Flashcards;

namespace AifStudy.Web.Tests.Components.Flashcards;

public sealed class ReviewShortcutTests
{
    [Theory]
    [InlineData(" ", false, ReviewShortcutKind.Reveal)]
    [InlineData("Enter", false, ReviewShortcutKind.Reveal)]
    [InlineData(" ", true, ReviewShortcutKind.None)]
    [InlineData("1", false, ReviewShortcutKind.None)]
    [InlineData("3", true, ReviewShortcutKind.Rate)]
    [InlineData("5", true, ReviewShortcutKind.None)]
    [InlineData("a", true, ReviewShortcutKind.None)]
    public void Plain_keys_depend_on_whether_the_answer_is_shown(string key, bool revealed, ReviewShortcutKind expected)
    {
        Assert.Equal(expected, ReviewShortcut.Resolve(key, ctrlOrMeta: false, shift: false, alt: false, revealed, canUndo: true).Kind);
    }

    [Fact]
    public void Modified_keys_are_not_shortcuts_except_ctrl_or_cmd_z()
    {
        Assert.Equal(ReviewShortcut.None, ReviewShortcut.Resolve("3", ctrlOrMeta: true, shift: false, alt: false, revealed: true, canUndo: true));
        Assert.Equal(ReviewShortcut.None, ReviewShortcut.Resolve("3", ctrlOrMeta: false, shift: false, alt: true, revealed: true, canUndo: true));
        Assert.Equal(ReviewShortcut.None, ReviewShortcut.Resolve("z", ctrlOrMeta: true, shift: false, alt: true, revealed: true, canUndo: true));
        Assert.Equal(ReviewShortcutKind.Undo, ReviewShortcut.Resolve("Z", ctrlOrMeta: true, shift: false, alt: false, revealed: false, canUndo: true).Kind);
    }

    [Theory]
    [InlineData("r", false, ReviewShortcutKind.Report)]
    [InlineData("R", true, ReviewShortcutKind.Report)]
    [InlineData("e", true, ReviewShortcutKind.Edit)]
    [InlineData("E", false, ReviewShortcutKind.Edit)]
    public void R_reports_and_e_edits_the_card_whichever_side_is_up(string key, bool revealed, ReviewShortcutKind expected)
    {
        Assert.Equal(expected, ReviewShortcut.Resolve(key, ctrlOrMeta: false, shift: false, alt: false, revealed, canUndo: false).Kind);
        Assert.Equal(ReviewShortcut.None, ReviewShortcut.Resolve(key, ctrlOrMeta: true, shift: false, alt: false, revealed, canUndo: false));
        Assert.Equal(ReviewShortcut.None, ReviewShortcut.Resolve(key, ctrlOrMeta: false, shift: false, alt: true, revealed, canUndo: false));
    }

    [Fact]
    public void The_digits_map_to_again_hard_good_easy()
    {
        var ratings = new[] { "1", "2", "3", "4" }
            .Select(k => ReviewShortcut.Resolve(k, ctrlOrMeta: false, shift: false, alt: false, revealed: true, canUndo: false).Rating);

        Assert.Equal([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy], ratings);
    }
}
