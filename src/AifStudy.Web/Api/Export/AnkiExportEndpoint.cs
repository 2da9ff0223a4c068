using AifStudy.Web.Services;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Api.Export;

internal static class AnkiExportEndpoint
{
    /// <summary>
    /// GET /export/anki[?domain=N | ?note=slug[&amp;section=anchor]]: the scope's cards as a TSV file Anki imports as is.
    /// A scope that cannot exist is a problem, not an empty deck that imports as if the export had worked.
    /// </summary>
    public static void MapAnkiExport(this WebApplication app) =>
        app.MapGet("/export/anki", async (string? domain, string? note, string? section, NoteCatalog catalog, AnkiExport export, CancellationToken ct) =>
        {
            var scope = await catalog.ReadScopeAsync(domain, note, section, cancellationToken: ct);
            if (scope.Problem is { } problem)
            {
                return scope.IsUnknown
                    ? Results.Problem(problem, statusCode: StatusCodes.Status404NotFound, title: "Unknown scope")
                    : Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Invalid scope");
            }

            var (fileName, content) = await export.ExportAsync(scope.Scope, ct);
            return Results.File(content, "text/tab-separated-values; charset=utf-8", fileName);
        });
}
