using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;
using Claims.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

public enum LinkState { Open, Invalid, Expired, Used, Closed }

public sealed record RenewalView(LinkState State, RenewalOffer? Offer, Policy? Policy, Policy? Renewed);

/// <summary>What the policyholder's link can do: show the offer, accept it (a renewal proposal the policy workflow issues on a new form) or decline it, once.</summary>
public sealed class RenewalAcceptance(ClaimsDbContext db, RenewalOptions options, RenewalOffers offers, WorkflowHost host, TimeProvider time)
{
    public async Task<RenewalView> ViewAsync(string? token, CancellationToken ct)
    {
        var (check, offerId) = RenewalToken.Verify(token, time.GetUtcNow(), RenewalOffers.TokenKey(options));
        if (check == TokenCheck.Invalid)
        {
            return new RenewalView(LinkState.Invalid, null, null, null);
        }

        var offer = await db.Set<RenewalOffer>().SingleOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null)
        {
            return new RenewalView(LinkState.Invalid, null, null, null);
        }

        var policy = await db.Policies.SingleAsync(p => p.Id == offer.PolicyId, ct);
        var renewedId = offer.RenewedPolicyId ?? policy.RenewedByPolicyId;
        var renewed = renewedId is { } id ? await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        var state = offer.CanUse() switch
        {
            OfferUse.AlreadyUsed => LinkState.Used,
            OfferUse.NotOffered => LinkState.Closed,
            _ when check == TokenCheck.Expired => LinkState.Expired,
            _ => LinkState.Open,
        };
        return new RenewalView(state, offer, policy, renewed);
    }

    /// <summary>
    /// Accepts the offer and issues the renewal through the published policy workflow, in one transaction: the shipped
    /// workflow routes a renewal straight to issue, so the new policy is back in this request; a workflow that stops
    /// earlier (a checkpoint, an incident) leaves the renewal "being issued". A second use of the link (or a race of
    /// two clicks) issues nothing and says so.
    /// </summary>
    public async Task<(RenewalView View, string? Error)> AcceptAsync(string? token, CancellationToken ct)
    {
        var view = await ViewAsync(token, ct);
        if (view.State != LinkState.Open)
        {
            return (view, null);
        }

        var offer = view.Offer!;
        var proposal = await offers.ProposalAsync(view.Policy!, offer, ct);
        db.Proposals.Add(proposal);
        offer.Accept(proposal.Id, time.GetUtcNow().UtcDateTime);
        var started = await host.StartAsync(ProposalTasks.WorkflowId, null, new BusinessObjectReference(ProposalLoader.ObjectName, proposal.Id.ToString()), ct);
        if (started.InstanceId is not { } instanceId)
        {
            db.ChangeTracker.Clear();
            return (await ViewAsync(token, ct), started.Message);
        }

        proposal.AttachWorkflow(instanceId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || DbErrors.IsDuplicateKey(ex))
        {
            // The other click won (offer version), or another issue took the same form serial: nothing was saved.
            db.ChangeTracker.Clear();
            var current = await ViewAsync(token, ct);
            return (current, current.State == LinkState.Open ? "another policy was being issued on the same form range." : null);
        }

        var renewed = offer.RenewedPolicyId is { } id ? await db.Policies.FindAsync([id], ct) : null;
        return (view with { State = LinkState.Used, Renewed = renewed }, null);
    }

    public async Task<RenewalView> DeclineAsync(string? token, string? reason, CancellationToken ct)
    {
        var view = await ViewAsync(token, ct);
        if (view.State != LinkState.Open)
        {
            return view;
        }

        view.Offer!.Decline(reason ?? "", time.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ViewAsync(token, ct);
        }

        return view with { State = LinkState.Used };
    }
}
