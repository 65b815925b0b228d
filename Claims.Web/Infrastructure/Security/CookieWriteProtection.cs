using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Infrastructure.Security;

/// <summary>
/// Cross-site request forgery defence for every write a cookie authenticates (docs/decisions/0020): the app's API takes
/// the antiforgery token in a header (the pages' scripts read it from a meta tag); the designer, which cannot add a
/// header, must come from this origin (Sec-Fetch-Site, else Origin). Bearer requests carry no ambient credential and pass.
/// </summary>
public static class CookieWriteProtection
{
    public const string TokenHeader = "RequestVerificationToken";

    public static IApplicationBuilder UseCookieWriteProtection(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!NeedsCheck(http))
        {
            await next(http);
            return;
        }

        var refusal = http.Request.Path.StartsWithSegments("/elsa/api")
            ? SameOrigin(http.Request) ? null : "A write with the sign-in cookie must come from this site's own pages."
            : await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http) ? null
            : $"A write with the sign-in cookie needs the antiforgery token in the {TokenHeader} header.";
        if (refusal is null)
        {
            await next(http);
            return;
        }

        await ErrorResponses.WriteAsync(http, StatusCodes.Status400BadRequest, refusal);
    });

    /// <summary>Unsafe methods on an endpoint (not a Razor page, which checks its form token itself) by a cookie-signed-in user.</summary>
    private static bool NeedsCheck(HttpContext http) =>
        !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        && http.User.Identity?.IsAuthenticated == true
        && !http.Request.Headers.Authorization.ToString().StartsWith(JwtBearerDefaults.AuthenticationScheme + " ", StringComparison.OrdinalIgnoreCase)
        && http.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null;

    /// <summary>OWASP's standard-headers check: the browser says where the request came from; a request saying neither is refused.</summary>
    public static bool SameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site == "same-origin";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }
}
