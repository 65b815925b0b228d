using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

public enum LinkState { Open, Invalid, Expired, Used, Closed }

public sealed record RenewalView(LinkState State, RenewalOffer? Offer, Policy? Policy, Policy? Renewed);

/// <summary>What the policyholder's link can do: show the offer, accept it (a new policy on a new form) or decline it, once.</summary>
public sealed class RenewalAcceptance(ClaimsDbContext db, RenewalOptions options, PolicyIssuer issuer, TimeProvider time)
{
    public const string IssuedBy = "renewal-link";

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
        var renewed = offer.RenewedPolicyId is { } id ? await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : null;
        var state = offer.CanUse() switch
        {
            OfferUse.AlreadyUsed => LinkState.Used,
            OfferUse.NotOffered => LinkState.Closed,
            _ when check == TokenCheck.Expired => LinkState.Expired,
            _ => LinkState.Open,
        };
        return new RenewalView(state, offer, policy, renewed);
    }

    /// <summary>Issues the renewal; a second use of the link (or a race of two clicks) issues nothing and says so.</summary>
    public async Task<(RenewalView View, string? Error)> AcceptAsync(string? token, CancellationToken ct)
    {
        var view = await ViewAsync(token, ct);
        if (view.State != LinkState.Open)
        {
            return (view, null);
        }

        var issued = await issuer.StageRenewalAsync(view.Policy!, view.Offer!.RenewalPremium, IssuedBy, ct);
        if (issued.Policy is null)
        {
            return (view, issued.Error);
        }

        view.Offer.Accept(issued.Policy.Id, time.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (await ViewAsync(token, ct), null);
        }

        return (view with { State = LinkState.Used, Renewed = issued.Policy }, null);
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
