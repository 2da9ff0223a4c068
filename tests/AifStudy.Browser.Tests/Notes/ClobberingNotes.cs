namespace AifStudy.Browser.Tests.Notes;

/// <summary>
/// Notes whose ids and names match globals of the page (DOM clobbering): an element with <c>id="mermaid"</c> is
/// reachable as <c>window.mermaid</c>, an <c>&lt;img name="getElementById"&gt;</c> as <c>document.getElementById</c>.
/// Each has its target far enough down, and enough text after it, that a deep link to it scrolls it to the top.
/// </summary>
internal static class ClobberingNotes
{
    public const string HeadingSlug = "mermaid-heading";

    public const string RawHtmlSlug = "mermaid-raw-html";

    public const string DirectiveSlug = "mermaid-directive-heading";

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        [HeadingSlug + ".md"] = $"""
            # A heading called Mermaid

            {Filler("Before")}
            ## Mermaid

            A heading of this name gets the anchor mermaid.

            - first point under Mermaid
            - second point under Mermaid

            {Filler("After Mermaid")}
            """,
        [RawHtmlSlug + ".md"] = $"""
            # Raw HTML called mermaid

            [Jump to the mermaid anchor](#mermaid)

            {Filler("Before")}
            ## Raw ids and names

            <a id="mermaid">An anchor with the id mermaid.</a>

            <img name="mermaid" alt="an image named mermaid">

            <img name="getElementById" alt="an image named getElementById">

            ```mermaid
            mindmap
              root((Raw ids))
                drawn anyway
            ```

            {Filler("After the raw HTML")}
            """,
        [DirectiveSlug + ".md"] = """
            # Directive-looking headings

            ## %%{init: {"theme": "forest"}}%% looks like a directive

            - a point under it

            ## %%{ never closed

            - another point

            ## 100%% plain
            """,
    };

    private static string Filler(string name) => string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"## {name} {i}\n\n{string.Join(' ', Enumerable.Repeat($"Filler text of section {i}, to push what follows down the page.", 12))}\n\n"));
}
