using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Extensions;

internal static class AnkiExportEndpoint
{
    /// <summary>GET /export/anki[?domain=N | ?note=slug]: the scope's cards as a TSV file Anki imports as is.</summary>
    public static void MapAnkiExport(this WebApplication app) =>
        app.MapGet("/export/anki", async (int? domain, string? note, AnkiExport export, CancellationToken ct) =>
        {
            var (fileName, content) = await export.ExportAsync(new StudyScope(domain, note), ct);
            return Results.File(content, "text/tab-separated-values; charset=utf-8", fileName);
        });
}
