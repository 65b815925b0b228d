using Claims.Domain.Claims;
using Claims.Domain.Portal;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Financials;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Identity = System.Security.Claims;

namespace Claims.Web.Features.Portal;

/// <summary>The loss as the policyholder describes it online; the rest of the notice (policy, channel) comes from the code.</summary>
public sealed record OnlineLoss(
    DateTimeOffset? LossAt, string? LossPlace, string? Cause, string? Description, string? Liability, bool Injuries, bool Drivable,
    int ThirdPartyCount, string? ThirdParties);

/// <summary>The outcome: the claim and its status link, or what to correct (by field), or why it could not be taken.</summary>
public sealed record OnlineReport(Guid? ClaimId, string? Number, string? StatusPath, IReadOnlyDictionary<string, string[]> Errors, string? Problem);

/// <summary>
/// The policyholder's first notice: a valid one-time code names the policy, and the staff notice use case (<see cref="ReportClaim"/>)
/// records the claim and starts the shipped motor-claim workflow exactly as for a phoned-in loss, on the Web channel.
/// </summary>
public sealed class ReportLossOnline(
    ClaimsDbContext db, PortalCodes codes, PortalLinks links, WorkflowHost host, ClaimRules rules, MoneyOptions money, FraudAssessor fraud, TimeProvider time)
{
    /// <summary>Who reported it, in the claim's notice and on the uploads made through the link.</summary>
    public const string Reporter = "policyholder (online)";

    /// <summary>One message for a wrong, expired, used or exhausted code, and for a challenge that never had one: no probing.</summary>
    public const string CodeRefused = "This code is not valid: it is wrong, has expired or was already used. Check it, or ask for a new code.";

    public async Task<OnlineReport> ReportAsync(Guid challenge, string? code, OnlineLoss loss, CancellationToken ct)
    {
        var (check, policyId) = await codes.VerifyAsync(challenge, code, ct);
        if (check != CodeCheck.Accepted)
        {
            return new OnlineReport(null, null, null, new Dictionary<string, string[]> { ["code"] = [CodeRefused] }, null);
        }

        var policyNumber = await db.Policies.Where(p => p.Id == policyId).Select(p => p.Number).SingleAsync(ct);
        var request = new ReportClaim.Request(policyNumber, loss.LossAt, loss.LossPlace, null, loss.Cause, loss.Description, loss.Liability,
            loss.Injuries, loss.Drivable, loss.ThirdPartyCount, loss.ThirdParties, nameof(NoticeChannel.Web));
        var reporter = new Identity.ClaimsPrincipal(new Identity.ClaimsIdentity([new Identity.Claim("name", Reporter)], "portal"));
        // The used code is saved with the claim; a refused notice saves neither and the code stays usable.
        IResult result;
        try
        {
            result = await ReportClaim.Handle(request, reporter, db, host, rules, money, fraud, time, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A parallel post used the same code first.
            db.ChangeTracker.Clear();
            return new OnlineReport(null, null, null, new Dictionary<string, string[]> { ["code"] = [CodeRefused] }, null);
        }

        switch (result)
        {
            case Created<ReportClaim.Response> { Value: { } created }:
                return new OnlineReport(created.Id, created.Number, links.StatusPath(created.Id), new Dictionary<string, string[]>(), null);
            case ValidationProblem invalid:
                db.ChangeTracker.Clear();
                return new OnlineReport(null, null, null, new Dictionary<string, string[]>(invalid.ProblemDetails.Errors), null);
            default:
                db.ChangeTracker.Clear();
                return new OnlineReport(null, null, null, new Dictionary<string, string[]>(),
                    (result as ProblemHttpResult)?.ProblemDetails.Detail ?? "The claim could not be recorded right now.");
        }
    }
}
