using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>Renewal steps through <see cref="RenewalOffers"/> and <see cref="RenewalAcceptance"/>, as the notice and its signed link would.</summary>
public static class DemoRenewals
{
    /// <summary>Opens the policy's renewal offer at the book's clock; the token of its link, or null when it waits for an underwriter.</summary>
    public static Task<string?> OfferAsync(DemoBook book, Guid policyId, CancellationToken ct) =>
        book.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimsDbContext>();
            var offers = sp.GetRequiredService<RenewalOffers>();
            var offer = await offers.OfferAsync(await db.Policies.SingleAsync(p => p.Id == policyId, ct), null, ct);
            await db.SaveChangesAsync(ct);
            if (offer.Status != RenewalOfferStatus.Offered)
            {
                return null;
            }

            var link = offers.Link(offer);
            return link[(link.LastIndexOf('/') + 1)..];
        });

    /// <summary>The policyholder renews in one click; the workflow's renewal route issues the new policy.</summary>
    public static async Task<string?> AcceptAsync(DemoBook book, string token, CancellationToken ct)
    {
        var (_, error) = await book.InScopeAsync(sp => sp.GetRequiredService<RenewalAcceptance>().AcceptAsync(token, ct));
        await book.PumpAsync(ct);
        return error;
    }
}
