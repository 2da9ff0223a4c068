using Microsoft.AspNetCore.Diagnostics;

namespace AifStudy.Web.Extensions;

/// <summary>
/// Error statuses without a body under /api and /export get a problem body (RFC 7807) saying what to send, instead of
/// the HTML not-found page. Re-executing a POST into that page ran the page's form handling, which turned an unknown
/// route (<c>POST /api/review/abc</c>) into a 400 about the content type.
/// </summary>
internal static class ApiStatusProblems
{
    public static void AddApiStatusProblems(this IServiceCollection services) =>
        // A body or header the endpoint cannot bind is a bare 400 in every environment, which the problem below
        // explains; the Development default throws, and the developer page would answer a JSON client with HTML.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);

    /// <summary>Runs inside the status code pages, so a problem written here is the response and nothing is re-executed.</summary>
    public static void UseApiStatusProblems(this WebApplication app) =>
        app.UseWhen(context => IsApi(context.Request.Path), api =>
        {
            if (!app.Environment.IsDevelopment())
            {
                // A 500 problem without the exception's text, instead of the HTML error page.
                api.UseExceptionHandler();
            }

            api.UseStatusCodePages(WriteProblemAsync);
        });

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/export");

    private static Task WriteProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var request = $"{http.Request.Method} {http.Request.Path}";
        var detail = http.Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest =>
                $"{request}: the request could not be read. Send a JSON body of the shape docs/api.md gives (numbers as numbers), and X-Learner-Id as a whole number.",
            StatusCodes.Status404NotFound =>
                $"There is nothing at {request}: see docs/api.md for the routes; ids and positions are whole numbers.",
            StatusCodes.Status405MethodNotAllowed => $"{request} is not allowed: see docs/api.md for the methods of this route.",
            StatusCodes.Status415UnsupportedMediaType => $"{request}: send the body as application/json.",
            _ => null,
        };
        return Results.Problem(detail: detail, statusCode: http.Response.StatusCode).ExecuteAsync(http);
    }
}
