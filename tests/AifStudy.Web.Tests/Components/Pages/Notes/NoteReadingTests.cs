using AifStudy.Core.Markdown;
using AifStudy.Web.Components.Pages.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Reading;
using AifStudy.Web.Tests.TestSupport;
using AngleSharp.Dom;
using Bunit;
using Microsoft.JSInterop;

namespace AifStudy.Web.Tests.Components.Pages.Notes;

/// <summary>The note page's bilingual toggle, read marks and scroll tracking, against the real notes and SQLite.</summary>
public sealed class NoteReadingTests : BunitContext, IAsyncLifetime
{
    private const string Bilingual = "genai-fundamentals-bilingual";

    private ImportHarness? _harness;
    private BunitJSModuleInterop _reading = null!;

    private ReadingService Reading => new(_harness!.Database, _harness.Clock);

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
        JSInterop.Mode = JSRuntimeMode.Strict;
        JSInterop.SetupModule("./Components/Shared/RichContent.razor.js").SetupVoid("enhance", _ => true);
        _reading = JSInterop.SetupModule("./Components/Pages/Notes/NotePage.razor.js");
        _reading.SetupModule(call => call.Identifier == "track").SetupVoid("dispose");
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_language_toggle_hides_the_other_language_and_both_shows_every_block()
    {
        var cut = RenderNote(Bilingual);
        var article = () => cut.Find("article");
        Assert.Equal("both", article().GetAttribute("data-reading"));
        Assert.Empty(Hidden(article()));

        cut.Find(".language-toggle button[data-language=en]").Click();

        Assert.Equal("en", article().GetAttribute("data-reading"));
        var hidden = Hidden(article());
        Assert.NotEmpty(hidden);
        Assert.All(hidden, block => Assert.Equal("zh", block.GetAttribute("data-lang")));
        // The Chinese half of "FMs are typically pre-trained through self-supervised learning." is hidden, the English kept.
        Assert.Contains(hidden, block => block.TextContent.StartsWith("FM 通常是透過自我監督學習", StringComparison.Ordinal));
        Assert.DoesNotContain(hidden, block => block.TextContent.StartsWith("FMs are typically pre-trained", StringComparison.Ordinal));
        Assert.Equal("true", cut.Find(".language-toggle button[data-language=en]").GetAttribute("aria-pressed"));

        cut.Find(".language-toggle button[data-language=zh]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Hidden(article()), block => block.TextContent.StartsWith("FMs are typically pre-trained", StringComparison.Ordinal)));
        hidden = Hidden(article());
        Assert.All(hidden, block => Assert.Equal("en", block.GetAttribute("data-lang")));
        Assert.Contains(hidden, block => block.TextContent.StartsWith("FMs are typically pre-trained", StringComparison.Ordinal));
        // Headings and mixed blocks stay in every view.
        Assert.Contains(article().QuerySelectorAll("[data-lang=mixed]"), block => !hidden.Contains(block));

        cut.Find(".language-toggle button[data-language=both]").Click();

        // The choice is stored before the page shows it: wait for that render rather than read the one before.
        cut.WaitForAssertion(() => Assert.Empty(Hidden(article())));
        var pair = article().QuerySelectorAll("[data-pair]").Take(2).ToList();
        Assert.Equal(["en", "zh"], pair.Select(p => p.GetAttribute("data-pair")));
        Assert.Same(pair[0].NextElementSibling, pair[1]);
    }

    [Fact]
    public async Task The_chosen_language_is_remembered_for_the_learner_and_note()
    {
        var cut = RenderNote(Bilingual);
        cut.Find(".language-toggle button[data-language=zh]").Click();

        Assert.Equal(ReadingLanguage.Chinese, (await Reading.GetNoteAsync(Learner.DefaultId, Bilingual)).Language);
        var again = RenderNote(Bilingual);
        Assert.Equal("zh", again.Find("article").GetAttribute("data-reading"));
        Assert.Equal(ReadingLanguage.Both, (await Reading.GetNoteAsync(Learner.DefaultId, "llm-basics")).Language);
    }

    [Fact]
    public void A_note_in_one_language_has_no_toggle_and_its_contents_no_language_tags()
    {
        var cut = RenderNote("foundation-model-basics");

        Assert.Empty(cut.FindAll(".language-toggle"));
        Assert.Empty(cut.FindAll(".toc-langs"));
        Assert.Equal("both", cut.Find("article").GetAttribute("data-reading"));
    }

    [Fact]
    public void Sections_of_a_bilingual_note_show_their_languages_in_the_contents()
    {
        var cut = RenderNote(Bilingual);

        var tags = cut.FindAll("aside.toc li").Select(li => string.Join(",", li.QuerySelectorAll(".lang-tag").Select(t => t.TextContent))).ToList();
        Assert.Contains("繁,EN", tags);
        Assert.Contains("EN,繁", tags);
        Assert.Equal("Traditional Chinese", cut.FindAll(".lang-tag").First(t => t.TextContent == "繁").GetAttribute("title"));
    }

    [Fact]
    public async Task A_section_ticked_in_the_contents_is_read_and_counts_towards_progress()
    {
        var cut = RenderNote("foundation-model-basics");
        var total = cut.FindAll("aside.toc button.toc-read").Count;
        Assert.Equal($"0 of {total} sections read", cut.Find("[data-testid=reading-count]").TextContent);

        cut.FindAll("aside.toc li").First(li => li.TextContent.Contains("自监督学习", StringComparison.Ordinal)).QuerySelector("button.toc-read")!.Click();

        Assert.Equal($"1 of {total} sections read", cut.Find("[data-testid=reading-count]").TextContent);
        Assert.Equal("true", cut.FindAll("aside.toc li.read button.toc-read").Single().GetAttribute("aria-pressed"));
        var progress = await Reading.GetProgressAsync(Learner.DefaultId);
        Assert.Equal(new NoteProgress(1, total), progress["foundation-model-basics"]);
        Assert.Equal("自监督学习", (await Reading.GetLastReadAsync(Learner.DefaultId))!.SectionTitle);

        cut.Find("aside.toc li.read button.toc-read").Click();

        Assert.Equal($"0 of {total} sections read", cut.Find("[data-testid=reading-count]").TextContent);
        Assert.Null(await Reading.GetLastReadAsync(Learner.DefaultId));
    }

    [Fact]
    public async Task Sections_reported_as_scrolled_through_are_marked_read()
    {
        var cut = RenderNote("llm-basics");
        cut.WaitForAssertion(() => Assert.Single(_reading.Invocations["track"]));
        var track = _reading.Invocations["track"].Single();
        var anchors = Assert.IsType<IReadOnlyList<string>>(track.Arguments[2], exactMatch: false);
        // Each section's time on screen, by its length: never less than ReadingTime.Minimum.
        var needs = Assert.IsType<IReadOnlyList<int>>(track.Arguments[3], exactMatch: false);
        Assert.Equal(anchors.Count, needs.Count);
        Assert.All(needs, ms => Assert.InRange(ms, 2000, 90_000));
        Assert.Contains(needs, ms => ms > 2000);
        var tracker = Assert.IsType<DotNetObjectReference<ReadingTracker>>(track.Arguments[4]);
        Assert.Equal(ContentIds.Prefix, track.Arguments[5]);

        await cut.InvokeAsync(() => tracker.Value.SectionScrolledThrough(anchors[1]));

        Assert.Equal($"1 of {anchors.Count} sections read", cut.Find("[data-testid=reading-count]").TextContent);
        Assert.Equal([anchors[1]], (await Reading.GetNoteAsync(Learner.DefaultId, "llm-basics")).ReadAnchors);
        Assert.Equal(anchors[1], (await Reading.GetLastReadAsync(Learner.DefaultId))!.SectionAnchor);
    }

    [Fact]
    public async Task Read_marks_survive_a_re_import_of_the_changed_note()
    {
        var cut = RenderNote("foundation-model-basics");
        cut.FindAll("aside.toc li").First(li => li.TextContent.Contains("自监督学习", StringComparison.Ordinal)).QuerySelector("button.toc-read")!.Click();

        var path = Path.Combine(_harness!.Content.Path, "foundation-model-basics.md");
        await File.AppendAllTextAsync(path, "\n\n## 新的一节\n\n新增的内容。\n");
        await _harness.Importer.ImportAsync();

        var progress = (await Reading.GetProgressAsync(Learner.DefaultId))["foundation-model-basics"];
        Assert.Equal(1, progress.Read);
        Assert.Equal("自监督学习", (await Reading.GetLastReadAsync(Learner.DefaultId))!.SectionTitle);
    }

    // What the article's CSS hides: blocks of the other language (see NotePage.razor.css).
    private static List<IElement> Hidden(IElement article) => article.GetAttribute("data-reading") switch
    {
        "zh" => [.. article.QuerySelectorAll("[data-lang=en]")],
        "en" => [.. article.QuerySelectorAll("[data-lang=zh]")],
        _ => [],
    };

    private IRenderedComponent<NotePage> RenderNote(string slug)
    {
        var cut = Render<NotePage>(p => p.Add(c => c.Slug, slug));
        cut.WaitForElement("[data-testid=note-body]");
        return cut;
    }
}
