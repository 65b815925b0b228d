using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>
/// In flight: a Beijing policyholder renews through the link, but the Beijing agent holds no policy forms, so issuing the
/// renewal faults: an incident for the admin, who allocates a range (/Documents) and retries the instance.
/// </summary>
public sealed class IncidentToRetry : IDemoStep
{
    public int Order => 114;

    public string Name => "incidents to retry";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var policy = await book.InScopeAsync(sp => sp.GetRequiredService<ClaimsDbContext>().Policies.AsNoTracking()
            .Where(p => p.RegionCode == "BJ" && p.Status == PolicyStatus.InForce && p.RenewedByPolicyId == null && p.ExpiryDate > book.AsOfDate)
            .OrderBy(p => p.ExpiryDate).ThenBy(p => p.Number).FirstOrDefaultAsync(ct));
        if (policy is null)
        {
            return 0;
        }

        book.At(book.AsOf.AddHours(-3));
        if (await DemoRenewals.OfferAsync(book, policy.Id, ct) is not { } token)
        {
            return 0;
        }

        book.At(book.AsOf.AddHours(-2));
        await DemoRenewals.AcceptAsync(book, token, ct);
        return 1;
    }
}
