using System.Security.Cryptography;

namespace AifStudy.Web.Extensions;

/// <summary>
/// Headers on every response that limit what a page can do even if hostile HTML got past the sanitiser: scripts only
/// from this origin (plus the framework's inline import map, by a per-request nonce), no plugins, no framing, no
/// foreign form targets, no MIME sniffing, no referrer to other sites.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "AifStudy.CspNonce";

    /// <summary>
    /// The policy. <c>style-src 'unsafe-inline'</c> is for Mermaid, which writes a <c>&lt;style&gt;</c> element and
    /// style attributes into every SVG it draws; notes cannot use it, because the sanitiser removes style from them.
    /// Images may come from anywhere a note links them (http, https) or from data: URLs (Mermaid icons).
    /// Blazor's websocket is same-origin, which <c>connect-src 'self'</c> covers. No <c>'unsafe-eval'</c>.
    /// </summary>
    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: http: https:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "frame-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>
    /// Sends the headers on every response, as the outermost middleware: ahead even of the host filter the framework
    /// puts first, so that its 400 for a foreign <c>Host</c> carries them too.
    /// </summary>
    public static void AddSecurityHeaders(this IHostApplicationBuilder builder) =>
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, OutermostFilter>());

    private sealed class OutermostFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(Send);
            next(app);
        };
    }

    private static Task Send(HttpContext context, RequestDelegate next)
    {
        // Hex: nothing in it for HTML attribute encoding to change.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        // Set as the response starts, not now: the exception handler and the developer exception page clear the
        // headers of a response they take over, and an error page needs the policy as much as any other.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The nonce of this request's policy, for the few inline scripts the framework renders (the import map).</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;
}
