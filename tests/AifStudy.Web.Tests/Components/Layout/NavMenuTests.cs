using AifStudy.Web.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Layout;

public sealed class NavMenuTests : BunitContext
{
    [Fact]
    public void Menu_button_opens_the_links_and_says_so()
    {
        var cut = Render<NavMenu>();
        var button = cut.Find("button.nav-toggle");
        Assert.Equal("false", button.GetAttribute("aria-expanded"));
        Assert.Equal("main-nav", button.GetAttribute("aria-controls"));
        Assert.DoesNotContain("open", cut.Find("nav#main-nav").ClassList);

        button.Click();

        Assert.Equal("true", cut.Find("button.nav-toggle").GetAttribute("aria-expanded"));
        Assert.Contains("open", cut.Find("nav#main-nav").ClassList);
        Assert.Equal(
            ["Notes", "Review", "Quiz", "Cards", "Stats", "Import", "Settings"],
            cut.FindAll("nav#main-nav a").Select(a => a.TextContent));
    }

    [Fact]
    public void Following_a_link_folds_the_menu_again()
    {
        var cut = Render<NavMenu>();
        cut.Find("button.nav-toggle").Click();

        Services.GetRequiredService<NavigationManager>().NavigateTo("review");

        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find("button.nav-toggle").GetAttribute("aria-expanded")));
        Assert.DoesNotContain("open", cut.Find("nav#main-nav").ClassList);
    }

    [Fact]
    public void Escape_inside_the_menu_folds_it()
    {
        var cut = Render<NavMenu>();
        cut.Find("button.nav-toggle").Click();

        cut.Find("nav#main-nav").KeyDown(key: "Escape");

        Assert.Equal("false", cut.Find("button.nav-toggle").GetAttribute("aria-expanded"));
    }

    [Theory]
    [InlineData("", "Notes")]
    [InlineData("notes/llm-basics", "Notes")]
    [InlineData("notes/llm-basics#tokens", "Notes")]
    [InlineData("review", "Review")]
    [InlineData("quiz/exam", "Quiz")]
    [InlineData("search?q=notes", null)]
    public void The_link_of_the_part_being_used_is_highlighted(string location, string? highlighted)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(location);

        var cut = Render<NavMenu>();

        Assert.Equal(highlighted is null ? [] : [highlighted], cut.FindAll("nav#main-nav a.active").Select(a => a.TextContent));
    }
}
