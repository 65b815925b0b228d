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
            .WithSummary("Exchange a user name and password for a bearer token.");

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, UserSignIn signIn, TokenIssuer issuer, CancellationToken ct)
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

        var user = await signIn.ValidateAsync(request.UserName!, request.Password!, ct);
        if (user is null)
        {
            return TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        var (token, expires) = issuer.Issue(user);
        return TypedResults.Ok(new Response(token, expires));
    }
}
