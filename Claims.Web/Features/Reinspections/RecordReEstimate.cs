using System.Security.Claims;
using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Reinspection;
using Claims.Web.Features.Claims;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Reinspections;

public sealed record LineRevisionRequest(int Index, int? Quantity, decimal? UnitPrice, decimal? Hours, bool Removed, string? Finding, string? Note);

public sealed record ReEstimateRequest(decimal? Salvage, string? SalvageFinding, IReadOnlyList<LineRevisionRequest>? Lines);

/// <summary>PUT /api/reinspections/{id}/re-estimate: the re-inspector's revised copy, each change with its finding category.</summary>
public static class RecordReEstimate
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/reinspections/{id:guid}/re-estimate", Handle)
            .RequireAuthorization(Policies.ReinspectionAuditors)
            .WithTags("Reinspection")
            .Produces<ReinspectionView>()
            .WithSummary("Saves the audited estimate while the re-estimate task is open for the caller.");

    public static async Task<IResult> Handle(
        Guid id, ReEstimateRequest request, ClaimsPrincipal user, ClaimsDbContext db, ClaimRules rules, TimeProvider time, CancellationToken ct)
    {
        var outcome = await SaveAsync(db, id, request, user.UserName(), user.RoleNames(), time.GetUtcNow().UtcDateTime, ct);
        return outcome switch
        {
            { Status: 404 } => TypedResults.Problem($"Audit {id} does not exist.", statusCode: StatusCodes.Status404NotFound),
            { Status: 403 } => TypedResults.Problem("The re-estimate of this audit is not open for you.", statusCode: StatusCodes.Status403Forbidden),
            { Status: 409 } => Versions.Problem(VersionCheck.Stale),
            { Errors.Count: > 0 } => TypedResults.ValidationProblem(outcome.Errors),
            _ => TypedResults.Ok(await ReinspectionView.LoadAsync(db, id, rules, ct)),
        };
    }

    public sealed record Outcome(int Status, Dictionary<string, string[]> Errors);

    /// <summary>Shared with the re-estimate page: checks the open task is the caller's, applies and saves.</summary>
    public static async Task<Outcome> SaveAsync(
        ClaimsDbContext db, Guid id, ReEstimateRequest request, string userName, IReadOnlyList<string> roles, DateTime now, CancellationToken ct)
    {
        var audit = await db.ReinspectionAudits.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (audit is null)
        {
            return new Outcome(404, []);
        }

        var task = await ReinspectionTasks.OpenAsync(db, audit.WorkflowInstanceId, ct);
        if (task is not { Kind: ReinspectionTasks.ReEstimate } || !task.IsFor(userName, roles) || audit.Status != AuditStatus.ReEstimating)
        {
            return new Outcome(403, []);
        }

        var errors = new Dictionary<string, string[]>();
        var revisions = new List<LineRevision>();
        if (request.Lines?.Count > EstimatePricing.MaxLines)
        {
            return new Outcome(400, new() { ["lines"] = [$"A re-estimate revises at most {EstimatePricing.MaxLines} lines."] });
        }

        foreach (var (l, i) in (request.Lines ?? []).Select((l, i) => (l, i)))
        {
            if (l is null)
            {
                errors[$"lines[{i}]"] = ["A line cannot be null."];
                continue;
            }

            if (l.Note?.Length > AuditLine.MaxNote)
            {
                errors[$"lines[{i}].note"] = [$"A note is at most {AuditLine.MaxNote} characters."];
                continue;
            }

            FindingCategory? finding = null;
            if (!string.IsNullOrWhiteSpace(l.Finding))
            {
                if (!EnumText.TryParse(l.Finding, out FindingCategory parsed))
                {
                    errors[$"lines[{i}].finding"] = [$"A finding is one of: {EnumText.Names<FindingCategory>()}."];
                    continue;
                }

                finding = parsed;
            }

            revisions.Add(new LineRevision(l.Index, l.Quantity, l.UnitPrice, l.Hours, l.Removed, finding, l.Note));
        }

        FindingCategory? salvageFinding = null;
        if (!string.IsNullOrWhiteSpace(request.SalvageFinding))
        {
            if (EnumText.TryParse(request.SalvageFinding, out FindingCategory parsed))
            {
                salvageFinding = parsed;
            }
            else
            {
                errors["salvageFinding"] = [$"A finding is one of: {EnumText.Names<FindingCategory>()}."];
            }
        }

        var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == audit.ClaimId, ct);
        var salvage = request.Salvage ?? audit.OriginalSalvage;
        var result = ReEstimate.Apply(claim.Lines, revisions, audit.OriginalSalvage, salvage, salvageFinding);
        foreach (var (key, value) in result.Errors)
        {
            errors[key] = value;
        }

        if (errors.Count > 0)
        {
            return new Outcome(400, errors);
        }

        audit.RecordReEstimate(result, salvage, salvageFinding, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save of this audit won the race: nothing of this one was written.
            db.ChangeTracker.Clear();
            return new Outcome(409, []);
        }

        return new Outcome(200, []);
    }
}
