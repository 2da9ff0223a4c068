namespace AifStudy.Web.Extensions;

/// <summary>
/// How errors answer: pages get the portal's error and not-found pages, the JSON API gets RFC 7807 problem bodies
/// (<c>application/problem+json</c>, see <see cref="ApiStatusProblems"/>), also for the 400s and 404s the framework
/// itself writes with an empty body (a body that is not JSON, a route value that is not a number). Development keeps the developer exception page for both.
/// </summary>
internal static class ErrorResponses
{
    public static void UseErrorResponses(this WebApplication app)
    {
        // Outermost, for pages. The API's own handlers below answer first; a response they have started is left alone.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        app.UseApiStatusProblems();
    }
}
