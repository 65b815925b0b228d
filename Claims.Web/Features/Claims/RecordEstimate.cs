using Claims.Domain.Claims;
using Claims.Domain.Fraud;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Http;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Claims;

/// <summary>
/// PUT /api/claims/{id}/estimate saves the estimate; POST …/estimate/preview prices the same input without saving
/// (the estimate builder's live totals). Only the adjuster holding the open survey task may do either.
/// </summary>
public static class RecordEstimate
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPut("/api/claims/{id:guid}/estimate", Save)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claims")
            .Produces<EstimateView>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the estimate; prices and totals are recomputed from reference data.");
        app.MapPost("/api/claims/{id:guid}/estimate/preview", Preview)
            .RequireAuthorization(Policies.Adjusters)
            .WithTags("Claims")
            .Produces<EstimateView>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Price an estimate without saving it.");
    }

    public static async Task<IResult> Save(
        Guid id, EstimateRequest request, [FromHeader(Name = Versions.IfMatch)] string? ifMatch, Principal user, HttpResponse response,
        ClaimsDbContext db, EstimatePricing pricing, ClaimRules rules, FraudAssessor fraud, TimeProvider time, CancellationToken ct)
    {
        var result = await HandleAsync(id, request, ifMatch, user, response, db, pricing, rules, time, save: true, ct);
        if (result is Ok<EstimateView>)
        {
            await fraud.AssessAsync(id, FraudTrigger.Estimate, ct);
        }

        return result;
    }

    public static Task<IResult> Preview(
        Guid id, EstimateRequest request, Principal user, HttpResponse response, ClaimsDbContext db, EstimatePricing pricing, ClaimRules rules, TimeProvider time, CancellationToken ct) =>
        HandleAsync(id, request, null, user, response, db, pricing, rules, time, save: false, ct);

    private static async Task<IResult> HandleAsync(
        Guid id, EstimateRequest request, string? ifMatch, Principal user, HttpResponse response, ClaimsDbContext db, EstimatePricing pricing, ClaimRules rules,
        TimeProvider time, bool save, CancellationToken ct)
    {
        var open = await OpenSurveyAsync(db, id, user, "its estimate is not open for changes", "Estimate not open", ct);
        if (open is not ({ } claim, null))
        {
            return open.Problem!;
        }

        if (Versions.Expect(db, claim, nameof(Claim.Version), ifMatch) is not VersionCheck.Current and var check)
        {
            return Versions.Problem(check);
        }

        var priced = await pricing.PriceAsync(claim, request, ct);
        if (priced.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(priced.Errors);
        }

        if (!save)
        {
            var totals = Domain.Estimates.EstimateCalculator.Calculate(priced.Lines, priced.PearlPaint, priced.Salvage, claim.Liability, claim.Excess.Amount, rules.Estimate);
            return TypedResults.Ok(EstimateView.Of(priced.Lines, priced.ShopClass, priced.PearlPaint, totals, rules.Estimate));
        }

        var saved = claim.RecordEstimate(priced.Lines, priced.ShopClass, priced.PearlPaint, priced.Salvage, rules.Estimate, time.GetUtcNow().UtcDateTime,
            claim.RepairShopId is null ? request.RepairShop : claim.RepairShop);
        await db.SaveChangesAsync(ct);
        response.Headers.ETag = Versions.ETag(claim.Version);
        return TypedResults.Ok(EstimateView.Of(claim.Lines, claim.ShopClass, claim.PearlPaint, saved, rules.Estimate));
    }

    /// <summary>
    /// The tracked claim when its survey is open and the caller holds the survey task; otherwise the problem to answer:
    /// 404 no claim, 409 survey not open (<paramref name="notOpen"/> says what is closed), 403 the task is someone else's.
    /// The problem is null exactly when the survey is open to the caller.
    /// </summary>
    public static async Task<(Claim? Claim, IResult? Problem)> OpenSurveyAsync(
        ClaimsDbContext db, Guid id, Principal user, string notOpen, string notOpenTitle, CancellationToken ct)
    {
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return (null, TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound));
        }

        if (await SurveyTaskAsync(db, claim, ct) is not { } task || claim.Status != ClaimStatus.Surveying)
        {
            return (claim, TypedResults.Problem($"Claim {claim.Number} is {claim.Status}; {notOpen}.", statusCode: StatusCodes.Status409Conflict, title: notOpenTitle));
        }

        return task.IsFor(user.UserName(), user.RoleNames())
            ? (claim, null)
            : (claim, TypedResults.Problem($"The survey of claim {claim.Number} is assigned to {task.AssigneeUser ?? task.AssigneeRole}.",
                statusCode: StatusCodes.Status403Forbidden));
    }

    /// <summary>The open survey task of the claim's workflow, if the survey is under way.</summary>
    public static Task<WorkTask?> SurveyTaskAsync(ClaimsDbContext db, Claim claim, CancellationToken ct) =>
        ClaimTasks.Of(db, claim).AsNoTracking()
            .Where(t => t.Kind == SurveyEstimateValidator.Kind && t.Status == WorkTaskStatus.Open)
            .OrderByDescending(t => t.CreatedAt).FirstOrDefaultAsync(ct);
}
