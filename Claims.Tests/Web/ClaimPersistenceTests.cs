using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web;

/// <summary>Claims written through the app's model (found by the R8 chaos harness, docs/reliability.md defect 4).</summary>
public sealed class ClaimPersistenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-claim-save-").FullName;

    [Fact]
    public async Task NewClaims_TwoNotifiedInOneUnitOfWork_BothSavedWithZeroTotals()
    {
        var options = new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "claims.db")}").Options;
        await using var db = new SqliteClaimsDbContext(options);
        await db.Database.MigrateAsync();
        var agent = Agent.Create(Guid.NewGuid(), "AG-A", "Agent A", "SH", "Pudong");
        var holder = Policyholder.Create(Guid.NewGuid(), "Holder", new DateOnly(1980, 1, 1), new DateOnly(2000, 1, 1), "138 0000 0000", null);
        var car = Vehicle.Create(Guid.NewGuid(), "LSVBR0000P0000001", "A00001", "VW-LAVIDA", new DateOnly(2022, 1, 1), VehicleUsage.Private, 5);
        var policy = Policy.Issue(Guid.NewGuid(), "P-1", holder.Id, car.Id, agent.Id, "SH", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 2_000m, Cover.OwnDamage);
        db.AddRange(Region.Create("SH", "Shanghai"), VehicleModel.Create("VW-LAVIDA", "Volkswagen", "Lavida", null, 120_000m), agent, holder, car, policy);
        await db.SaveChangesAsync();
        var now = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        var notice = new NoticeOfLoss(now.AddHours(-2), "Ring road", "SH", LossCause.Collision, "Rear-ended", LiabilityShare.Full, false, true, 0, null, NoticeChannel.Phone, "test");

        db.Claims.AddRange(Claim.Notify(Guid.NewGuid(), "C-1", policy, car, notice, 500m, now), Claim.Notify(Guid.NewGuid(), "C-2", policy, car, notice, 500m, now));
        await db.SaveChangesAsync();

        db.ChangeTracker.Clear();
        var saved = await db.Claims.AsNoTracking().OrderBy(c => c.Number).ToListAsync();
        Assert.Equal(["C-1", "C-2"], saved.Select(c => c.Number));
        Assert.All(saved, c => Assert.Equal(0m, c.Totals.Payable.Amount));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
