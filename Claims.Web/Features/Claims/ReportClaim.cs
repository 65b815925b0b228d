using System.Globalization;
using System.Text.Json.Nodes;
using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Customers;
using Claims.Domain.Fraud;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Claims;

/// <summary>POST /api/claims: first notice of loss; starts the motor-claim workflow, which checks coverage and assigns the survey.</summary>
public static class ReportClaim
{
    public const string WorkflowId = "motor-claim";

    public sealed record Request(
        string? PolicyNumber, DateTimeOffset? LossAt, string? LossPlace, string? LossRegion, string? Cause, string? Description,
        string? Liability, bool Injuries, bool Drivable, int ThirdPartyCount, string? ThirdParties, string? Channel);

    public sealed record Response(Guid Id, string Number, ClaimStatus Status, string? RejectionReason, string? AssignedAdjuster, Guid WorkflowInstanceId);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims", Handle)
            .RequireAuthorization(Policies.ClaimIntake)
            .WithTags("Claims")
            .Produces<Response>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Report a motor loss (first notice); coverage is checked and a surveyor assigned at once.");

    public static async Task<IResult> Handle(
        Request request, Principal user, ClaimsDbContext db, WorkflowHost host, ClaimRules rules, global::Claims.Web.Features.Financials.MoneyOptions money,
        FraudAssessor fraud, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string[]>();
        var policy = string.IsNullOrWhiteSpace(request.PolicyNumber) ? null
            : await db.Policies.SingleOrDefaultAsync(p => p.Number == request.PolicyNumber.Trim(), ct);
        if (policy is null)
        {
            errors["policyNumber"] = [$"No policy '{request.PolicyNumber}'."];
        }

        if (request.LossAt is not { } lossAt)
        {
            errors["lossAt"] = ["The loss date and time are required."];
        }
        else if (lossAt.UtcDateTime > now)
        {
            errors["lossAt"] = ["The loss cannot be in the future."];
        }

        Require(errors, "lossPlace", request.LossPlace, 300);
        Require(errors, "description", request.Description, 4000);
        if (request.ThirdParties?.Length > 1000)
        {
            errors["thirdParties"] = ["At most 1000 characters."];
        }

        if (request.ThirdPartyCount is < 0 or > 50)
        {
            errors["thirdPartyCount"] = ["From 0 to 50."];
        }

        var cause = Parse<LossCause>(errors, "cause", request.Cause);
        var liability = Parse<LiabilityShare>(errors, "liability", request.Liability);
        var channel = request.Channel is null ? NoticeChannel.Phone : Parse<NoticeChannel>(errors, "channel", request.Channel);
        var region = string.IsNullOrWhiteSpace(request.LossRegion) ? policy?.RegionCode ?? "" : request.LossRegion.Trim().ToUpperInvariant();
        if (region.Length > 0 && !await db.Regions.AnyAsync(r => r.Code == region, ct))
        {
            errors["lossRegion"] = [$"Unknown region '{region}'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var vehicle = await db.Vehicles.SingleAsync(v => v.Id == policy!.VehicleId, ct);
        var id = Guid.CreateVersion7(time.GetUtcNow());
        var number = string.Create(CultureInfo.InvariantCulture, $"C{now:yyyyMMdd}{id.ToString("N")[^6..].ToUpperInvariant()}");
        var notice = new NoticeOfLoss(request.LossAt!.Value.UtcDateTime, request.LossPlace!, region, cause, request.Description!, liability,
            request.Injuries, request.Drivable, request.ThirdPartyCount, request.ThirdParties, channel, user.UserName());
        var excess = ClaimExcess.For(policy!, cause, rules.DefaultExcess);
        var claim = Claim.Notify(id, number, policy!, vehicle, notice, excess.Amount, now);
        var tier = await db.Set<CustomerTier>().AsNoTracking().Where(t => t.PolicyholderId == policy!.PolicyholderId).Select(t => t.Tier).SingleOrDefaultAsync(ct);
        claim.ApplyServiceLevel(tier, rules.IsFastTrack(tier));
        db.Claims.Add(claim);
        global::Claims.Web.Features.Financials.LedgerWrites.SetInitialReserve(db, claim, money, now);
        // Scored before the workflow starts, so its first steps already see the score.
        await fraud.ScoreAsync(id, FraudTrigger.Notice, ct);

        var started = await host.StartAsync(WorkflowId, new JsonObject { ["claimNumber"] = number },
            new BusinessObjectReference(ClaimBusinessObject.ObjectName, id.ToString()), ct);
        if (started.InstanceId is not { } instanceId)
        {
            return TypedResults.Problem(started.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The claim workflow is not available");
        }

        claim.AttachWorkflow(instanceId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/claims/{id}",
            new Response(id, number, claim.Status, claim.RejectionReason, claim.AssignedAdjuster, instanceId));
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            errors[field] = [$"Required, at most {max} characters."];
        }
    }

    private static T Parse<T>(Dictionary<string, string[]> errors, string field, string? value)
        where T : struct, Enum
    {
        if (EnumText.TryParse(value, out T parsed))
        {
            return parsed;
        }

        errors[field] = [$"One of: {EnumText.Names<T>()}."];
        return default;
    }
}
