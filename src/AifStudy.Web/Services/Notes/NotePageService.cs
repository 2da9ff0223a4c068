using AifStudy.Core.Notes;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Notes;

/// <summary>Builds the note page's model from the database.</summary>
public sealed class NotePageService(NoteCatalog catalog, NoteHtmlService html)
{
    public async Task<NotePageModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var note = await catalog.GetNoteAsync(slug, cancellationToken);
        if (note is null)
        {
            return null;
        }

        var headings = note.Sections.Where(s => s.Level > 0).ToList();
        var first = headings.FirstOrDefault();
        var domain = AifDomains.Find(note.Domain);
        return new NotePageModel
        {
            Slug = note.Slug,
            Title = note.Title,
            Domain = note.Domain,
            DomainName = domain?.Label ?? "Unassigned",
            Languages = SplitList(note.Languages),
            SourcePath = note.SourcePath,
            SectionCount = note.SectionCount,
            BodyStartsWithTitle = first is { Level: 1 } && first.Position == 0 && first.Title == note.Title,
            BodyHtml = html.RenderBody(note),
            GeneratedMindmapHtml = html.RenderGeneratedMindmap(note),
            Toc = [.. headings.Select((s, i) => new TocEntry(s.Level, s.Title, s.Anchor, IsEmptyLeaf(headings, i)))],
        };
    }

    /// <summary>A heading without body and without subsections: a gap in the notes, worth showing as such.</summary>
    private static bool IsEmptyLeaf(List<Section> headings, int i)
        => headings[i].IsEmpty && (i + 1 == headings.Count || headings[i + 1].Level <= headings[i].Level);

    internal static IReadOnlyList<string> SplitList(string value)
        => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
