using System.Globalization;
using Claims.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claims.Web.Features.Auth;

/// <summary>POST /api/auth/token: a bearer token for API clients.</summary>
public static class IssueToken
{
    public sealed record Request(string? UserName, string? Password);

    public sealed record Response(string AccessToken, DateTimeOffset ExpiresAt);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/token", Handle)
            .AllowAnonymous()
            .WithTags("Auth")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Exchange a user name and password for a bearer token.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, UserSignIn signIn, TokenIssuer issuer, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors["userName"] = ["User name is required."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Password is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await signIn.SignInAsync(request.UserName!, request.Password!, http.Connection.RemoteIpAddress?.ToString(), ct);
        if (result.Throttled)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(result.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins");
        }

        if (result.User is null)
        {
            return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        var (token, expires) = issuer.Issue(result.User);
        return TypedResults.Ok(new Response(token, expires));
    }
}
