using Claims.Domain.Claims;
using Claims.Domain.Financials;
using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Features.Financials;

/// <summary>A claim without payees is paid in one final payment of its payable: the ledger records it like any other payment.</summary>
public static class StraightThrough
{
    public static async Task RecordAsync(ClaimsDbContext db, Claim claim, string reference, DateTime now)
    {
        var payable = claim.Settlement;
        await LedgerWrites.SetReserveAsync(db, claim, CostCategory.OwnDamageRepair, payable, "Revised to the approved settlement", LedgerWrites.System, now);
        if (payable > 0m)
        {
            db.Add(LedgerEntry.Payment(Guid.CreateVersion7(), claim.Id, CostCategory.OwnDamageRepair, payable, null, final: true, reference,
                "Straight-through settlement to the policyholder", LedgerWrites.System, now));
        }
    }
}
