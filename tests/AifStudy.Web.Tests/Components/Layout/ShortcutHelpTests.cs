using AifStudy.Core.Scheduling;
using AifStudy.Web.Components.Flashcards;
using AifStudy.Web.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace AifStudy.Web.Tests.Components.Layout;

public sealed class ShortcutHelpTests : BunitContext
{
    private readonly BunitJSModuleInterop _module;

    public ShortcutHelpTests()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(ShortcutHelp.ModulePath);
        _module.SetupVoid("attach", _ => true);
        _module.SetupVoid("detach");
    }

    [Fact]
    public void Is_a_dialog_named_by_its_heading_and_hands_itself_to_the_key_listener()
    {
        var cut = Render<ShortcutHelp>();

        var dialog = cut.Find("dialog");
        var heading = cut.Find("#" + dialog.GetAttribute("aria-labelledby"));
        Assert.Equal("Keyboard shortcuts", heading.TextContent);
        Assert.Null(dialog.GetAttribute("open"));
        var attach = Assert.Single(_module.Invocations["attach"]);
        Assert.IsType<ElementReference>(attach.Arguments[0]);
        Assert.Equal("Close", cut.Find("button[data-close]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Lists_help_search_and_every_review_key_with_its_action()
    {
        var cut = Render<ShortcutHelp>();

        var rows = cut.FindAll("section").ToDictionary(
            s => s.QuerySelector("h3")!.TextContent,
            s => s.QuerySelectorAll("dl > div")
                .Select(row => (Keys: string.Join(" ", row.QuerySelectorAll("kbd").Select(k => k.TextContent)), Action: row.QuerySelector("dd")!.TextContent))
                .ToList());

        Assert.Contains(("?", "Show this list of shortcuts"), rows["Everywhere"]);
        Assert.Contains(("/", "Search notes and cards"), rows["Everywhere"]);
        Assert.Equal(
            [("Space Enter", "Show the answer"), ("1", "Again"), ("2", "Hard"), ("3", "Good"), ("4", "Easy"), ("Ctrl+Z ⌘Z", "Undo the last answer"),
             ("R", "Report a problem with the card"), ("E", "Edit the card")],
            rows["Review"]);
    }

    [Fact]
    public void Review_keys_listed_are_the_keys_the_review_screen_answers_to()
    {
        var review = KeyboardShortcuts.All.Single(g => g.Title == "Review");

        foreach (var shortcut in review.Shortcuts)
        {
            foreach (var key in shortcut.Keys)
            {
                var resolved = Resolve(key);
                var expected = shortcut.Action switch
                {
                    "Show the answer" => new ReviewShortcut(ReviewShortcutKind.Reveal),
                    "Undo the last answer" => new ReviewShortcut(ReviewShortcutKind.Undo),
                    "Report a problem with the card" => new ReviewShortcut(ReviewShortcutKind.Report),
                    "Edit the card" => new ReviewShortcut(ReviewShortcutKind.Edit),
                    var name => new ReviewShortcut(ReviewShortcutKind.Rate, Enum.Parse<Rating>(name)),
                };
                Assert.Equal(expected, resolved);
            }
        }
    }

    // How a listed key reaches ReviewShortcut: "Space" is the DOM key " ", "Ctrl+Z"/"⌘Z" are Z with Ctrl or Meta.
    private static ReviewShortcut Resolve(string listed)
    {
        var revealed = listed is not ("Space" or "Enter");
        return listed switch
        {
            "Space" => ReviewShortcut.Resolve(" ", false, false, false, revealed, canUndo: true),
            "Ctrl+Z" or "⌘Z" => ReviewShortcut.Resolve("z", true, false, false, revealed, canUndo: true),
            _ => ReviewShortcut.Resolve(listed, false, false, false, revealed, canUndo: true),
        };
    }
}
