namespace AifStudy.Web.Services.Search;

/// <summary>Where search results lead, relative to the app's base address.</summary>
public static class SearchLinks
{
    /// <summary>The hit's section on its note page; a card leads to the section it was made from.</summary>
    public static string ToHit(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var note = "notes/" + Uri.EscapeDataString(hit.NoteSlug);
        return string.IsNullOrEmpty(hit.Anchor) ? note : note + "#" + hit.Anchor;
    }

    /// <summary>The full results page for a query.</summary>
    public static string ResultsPage(string query) => "search?q=" + Uri.EscapeDataString(query ?? "");
}
