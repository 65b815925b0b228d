using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Claims;

/// <summary>POST /api/claims/{id}/estimate/submit: completes the survey task with the recorded estimate (the same as completing it through the task API).</summary>
public static class SubmitEstimate
{
    public const string Outcome = "Submitted";

    public sealed record Response(Guid TaskId, string Outcome);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/estimate/submit", Handle)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claims")
            .Produces<Response>().ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem()
            .WithSummary("Submit the recorded estimate: the survey task completes and the claim goes on to the price check.");

    public static async Task<IResult> Handle(Guid id, Principal user, ClaimsDbContext db, TaskCompleter completer, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        if (await RecordEstimate.SurveyTaskAsync(db, claim, ct) is not { } task)
        {
            return TypedResults.Problem($"Claim {claim.Number} has no survey waiting.", statusCode: StatusCodes.Status409Conflict, title: "Nothing to submit");
        }

        var completion = await completer.CompleteAsync(task.Id, Outcome, null, user.UserName(), user.RoleNames(), ct);
        return completion.Result switch
        {
            CompletionResult.Completed => TypedResults.Ok(new Response(task.Id, Outcome)),
            CompletionResult.NotYours => TypedResults.Problem("This survey is not in your work queue.", statusCode: StatusCodes.Status403Forbidden),
            CompletionResult.AlreadyClosed => TypedResults.Problem("The estimate was already submitted.", statusCode: StatusCodes.Status409Conflict),
            CompletionResult.NotFound => TypedResults.Problem("The survey task is gone.", statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.ValidationProblem(completion.Errors),
        };
    }
}
