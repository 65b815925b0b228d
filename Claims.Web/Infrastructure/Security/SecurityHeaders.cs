using Microsoft.Net.Http.Headers;

namespace Claims.Web.Infrastructure.Security;

/// <summary>The headers every answer carries, and no-store on everything but static files.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles from this origin only; 'wasm-unsafe-eval' lets the designer's Blazor WebAssembly compile, and
    /// inline styles are allowed because the designer's component libraries and the SVG charts set them.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " + Remaining;

    /// <summary>Studio 3.8.2 renders two inline scripts (the editor hotkeys, in the definition editor and in the instance views): those alone, by hash.</summary>
    public const string StudioPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-snlP1jz0gjwc5cTz9ErZcliXuCK63+Mmf68RRCeptgc=' 'sha256-vu6sQrKXQHR4Yn3FMMihA/9TxxfIXnCxKwvLrTPJ5ts='; " + Remaining;

    /// <summary>What the pages and the designer share after their script sources.</summary>
    private const string Remaining =
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference UI runs an inline start-up script: it alone may, and it holds no staff data.</summary>
    public const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var headers = http.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        // Renewal and survey links carry their token in the path: no referrer leaves with it.
        headers["Referrer-Policy"] = "no-referrer";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers[HeaderNames.ContentSecurityPolicy] = http.Request.Path.StartsWithSegments("/api-docs") ? ApiDocsPolicy
            : http.Request.Path.StartsWithSegments("/studio") ? StudioPolicy : ContentSecurityPolicy;
        http.Response.OnStarting(() =>
        {
            // Static files (no endpoint, a file sent) may be cached; pages, APIs, redirects and errors hold staff data or a token.
            if (http.GetEndpoint() is not null || http.Response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified))
            {
                headers[HeaderNames.CacheControl] = "no-store";
                headers.Remove(HeaderNames.Pragma);
            }

            return Task.CompletedTask;
        });
        return next(http);
    });
}
