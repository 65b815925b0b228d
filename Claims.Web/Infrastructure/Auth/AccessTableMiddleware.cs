using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>
/// Enforces <see cref="AccessTable"/> on every routed request before the endpoints' own policies run: a caller outside the
/// row's roles is challenged (not signed in) or forbidden. Routes without a row keep their endpoint policy and fail the access test.
/// </summary>
public sealed class AccessTableMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IAuthorizationService authorization)
    {
        if (http.GetEndpoint() is RouteEndpoint endpoint
            && AccessTable.Find(http.Request.Method, AccessTable.Normalize(endpoint.RoutePattern), IsPage(endpoint)) is { IsAnonymous: false } row)
        {
            if (http.User.Identity?.IsAuthenticated != true)
            {
                await http.ChallengeAsync();
                return;
            }

            if (!(await authorization.AuthorizeAsync(http.User, row.Policy)).Succeeded)
            {
                if (row.RefusalHeader is { } header)
                {
                    http.Response.Headers[header.Name] = header.Value;
                }

                await http.ForbidAsync();
                return;
            }
        }

        await next(http);
    }

    public static bool IsPage(Endpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
}

public static class AccessTableRegistration
{
    /// <summary>Between authentication and the endpoints' authorization.</summary>
    public static IApplicationBuilder UseAccessTable(this IApplicationBuilder app) => app.UseMiddleware<AccessTableMiddleware>();
}
