using AifStudy.Web.Components;
using AifStudy.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddApplicationServices();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

app.UseSecurityHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseApiStatusProblems();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapContentFiles();
app.MapAnkiExport();
app.MapReviewApi();
app.MapQuizApi();
app.MapHealthEndpoint();
app.MapRazorComponents<App>()
    // SecurityHeaders sends the whole policy, frame-ancestors 'none' included; a second header would only add noise.
    .AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);

app.Run();

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in tests.</summary>
public partial class Program;
