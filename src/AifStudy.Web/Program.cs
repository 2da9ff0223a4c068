using AifStudy.Web.Api.Export;
using AifStudy.Web.Api.Health;
using AifStudy.Web.Api.Quiz;
using AifStudy.Web.Api.Review;
using AifStudy.Web.Components;
using AifStudy.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run` serves from the build output, where the framework's script and the components' styles are found only
// through the static web assets manifest, which the host reads by itself in Development alone. A published app has no
// such manifest, and this does nothing there.
builder.WebHost.UseStaticWebAssets();

builder.AddSecurityHeaders();

// Text written by the pages (titles, contents, cards) keeps Chinese as it is instead of "&#x57FA;" entities: a third
// of the bytes of a Chinese title, for every title and contents entry. HTML-significant characters are still encoded.
builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
builder.AddApplicationServices();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

app.UseErrorResponses();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

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
