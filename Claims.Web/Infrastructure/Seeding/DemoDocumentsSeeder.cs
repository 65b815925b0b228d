using Claims.Domain.Documents;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding;

/// <summary>Controlled forms for a fresh demo: head office → branch SH → the demo agent, so a proposal can be issued (once).</summary>
public sealed class DemoDocumentsSeeder(TimeProvider time) : ISeeder
{
    public int Order => 30;

    public async Task SeedAsync(ClaimsDbContext db, CancellationToken ct)
    {
        if (await db.SerialRanges.AnyAsync(ct))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var type in new[] { DocumentType.PolicyForm, DocumentType.PremiumReceipt })
        {
            var headOffice = SerialRange.HeadOfficeStock(Guid.CreateVersion7(), type, 1, 1_000_000, now, "seed");
            var branch = headOffice.AllocateTo(Guid.CreateVersion7(), HolderKind.Branch, "SH", 1, 100_000, [], now, "seed");
            var agent = branch.AllocateTo(Guid.CreateVersion7(), HolderKind.Agent, DemoPolicies.DemoAgentCode, 1, 10_000, [], now, "seed");
            var second = branch.AllocateTo(Guid.CreateVersion7(), HolderKind.Agent, "AG-SH-002", 10_001, 20_000, [agent], now, "seed");
            db.SerialRanges.AddRange(headOffice, branch, agent, second);
        }

        await db.SaveChangesAsync(ct);
    }
}
