using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Surveys;

/// <summary>POST /api/surveys: an admin sends a survey by hand, for a claim or a renewed policy; answers the link to mail.</summary>
public static class CreateSurvey
{
    public sealed record Request(SurveyContext Context, Guid Id);

    public sealed record Response(Guid SurveyId, SurveySubject Subject, string SubjectKey, string Token, string Link);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/surveys", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Surveys")
            .WithSummary("Creates a satisfaction survey for a claim (about its adjuster) or a renewal (about its agent) and returns its no-login link.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<Response>, ProblemHttpResult>> Handle(
        Request request, ClaimsDbContext db, SurveyLinks links, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var survey = request.Context == SurveyContext.Claim
            ? await SurveyIssuer.ForClaimAsync(db, request.Id, now, ct)
            : await SurveyIssuer.ForPolicyAsync(db, request.Id, now, ct);
        if (survey is null)
        {
            return TypedResults.Problem($"No {request.Context.ToString().ToLowerInvariant()} {request.Id}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (await db.Surveys.AnyAsync(s => s.Context == survey.Context && s.ContextId == survey.ContextId && s.Subject == survey.Subject, ct))
        {
            return TypedResults.Problem("A survey was already sent for this.", statusCode: StatusCodes.Status409Conflict);
        }

        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        var path = links.Path(survey);
        return TypedResults.Created(path, new Response(survey.Id, survey.Subject, survey.SubjectKey, links.Token(survey), path));
    }
}
