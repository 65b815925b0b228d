using Claims.Domain.Policies;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>
/// History: the policies issued over a year ago come up for renewal. Each gets its offer a month before expiry; most
/// holders renew through the signed link (a new policy through the workflow's renewal route), some decline, the rest
/// let it lapse after the grace period.
/// </summary>
public sealed class PoliciesRenewed : IDemoStep
{
    public int Order => 50;

    public string Name => "renewals (renewed, declined, lapsed)";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var lastExpiry = book.AsOfDate.AddDays(-20);
        var due = await book.InScopeAsync(sp => sp.GetRequiredService<ClaimsDbContext>().Policies.AsNoTracking()
            .Where(p => p.ProposalId != null && p.RenewalNumber == 0 && p.ExpiryDate <= lastExpiry && p.Status == PolicyStatus.InForce)
            .OrderBy(p => p.ExpiryDate).ThenBy(p => p.Number).ToListAsync(ct));
        var done = 0;
        foreach (var (policy, i) in due.Select((p, i) => (p, i)))
        {
            var offeredAt = book.At(policy.ExpiryDate.AddDays(-30).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));
            if (await DemoRenewals.OfferAsync(book, policy.Id, ct) is not { } token)
            {
                continue;
            }

            book.At(offeredAt.AddDays(3 + book.Random.Next(0, 20)));
            switch (i % 5)
            {
                case 3:
                    await book.InScopeAsync(sp => sp.GetRequiredService<RenewalAcceptance>().DeclineAsync(token, "Sold the car.", ct));
                    break;
                case 4:
                    await LapseAsync(book, policy, ct);
                    break;
                default:
                    if (await DemoRenewals.AcceptAsync(book, token, ct) is { } error)
                    {
                        throw new InvalidOperationException($"Renewal of {policy.Number} failed: {error}");
                    }

                    break;
            }

            await book.PumpAsync(ct);
            done++;
        }

        return done;
    }

    /// <summary>No answer by the end of the grace period: the policy lapses, as the sweep's lapse notice does it.</summary>
    private static Task<int> LapseAsync(DemoBook book, Policy policy, CancellationToken ct)
    {
        var at = book.At(policy.ExpiryDate.AddDays(16).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc));
        return book.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimsDbContext>();
            var tracked = await db.Policies.SingleAsync(p => p.Id == policy.Id, ct);
            if (tracked.Lapse())
            {
                PolicyLapses.Publish(db, tracked, at);
            }

            return await db.SaveChangesAsync(ct);
        });
    }
}
