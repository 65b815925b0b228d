using System.Net;
using Claims.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Claims.Web.Infrastructure.Security;

/// <summary>One writer for every error body: problem details with a trace id for the API (whatever it accepts), an HTML page for a browser on a page.</summary>
public static class ErrorResponses
{
    public static bool WantsPage(HttpRequest request) =>
        !AuthRegistration.IsApi(request)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task WriteAsync(HttpContext http, int status, string? detail = null, string? title = null)
    {
        http.Response.StatusCode = status;
        if (WantsPage(http.Request))
        {
            return WritePageAsync(http, status);
        }

        // Problem details even when the client asks for something else: an API error is never an empty or text body.
        return TypedResults.Problem(detail, statusCode: status, title: title ?? ReasonPhrases.GetReasonPhrase(status),
            extensions: new Dictionary<string, object?> { ["traceId"] = http.TraceIdentifier }).ExecuteAsync(http);
    }

    /// <summary>
    /// Writes through the problem-details service (validation errors and all); when the client accepts no JSON, which the
    /// service then refuses to write, the same status, title and detail still go out as problem details.
    /// </summary>
    public static async Task WriteAsync(IProblemDetailsService problems, ProblemDetailsContext context)
    {
        if (!await problems.TryWriteAsync(context))
        {
            var problem = context.ProblemDetails;
            await WriteAsync(context.HttpContext, problem.Status ?? context.HttpContext.Response.StatusCode, problem.Detail, problem.Title);
        }
    }

    /// <summary>An error page for a browser's page request; <paramref name="message"/> is shown as given (HTML-encoded), so only pass text meant for the user.</summary>
    public static Task WritePageAsync(HttpContext http, int status, string? message = null)
    {
        http.Response.StatusCode = status;
        var reason = WebUtility.HtmlEncode(ReasonPhrases.GetReasonPhrase(status));
        var what = message is not null ? WebUtility.HtmlEncode(message) : status switch
        {
            StatusCodes.Status404NotFound => "There is no page at this address.",
            >= 500 => "Something went wrong on our side. Please try again; if it keeps happening, tell support the reference below.",
            _ => "The request could not be handled.",
        };
        // A lost race or a refused value on a form: the way on is the same page, reloaded.
        var back = message is not null && HttpMethods.IsPost(http.Request.Method)
            ? $"""<p><a id="reload" href="{WebUtility.HtmlEncode(http.Request.Path.ToUriComponent())}">Reload this page</a></p>"""
            : string.Empty;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8" /><title>{status} {reason} · Claims</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main><section class="card narrow"><h1>{status} {reason}</h1><p>{what}</p>
            {back}<p class="muted">Reference: <code id="trace-id">{WebUtility.HtmlEncode(http.TraceIdentifier)}</code></p><p><a href="/">Back to my work</a></p></section></main></body></html>
            """);
    }
}
