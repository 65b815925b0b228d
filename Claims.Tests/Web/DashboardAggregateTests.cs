using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Customers;
using Claims.Domain.Estimates;
using Claims.Domain.Kpis;
using Claims.Domain.Policies;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Kpis;
using Claims.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

/// <summary>The dashboard's SQL aggregates against the domain arithmetic, on known data, on SQLite and PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class DashboardAggregateTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly Proposer Proposer = new("Holder", "310101199001011234", new DateOnly(1990, 1, 1), new DateOnly(2012, 5, 1), "13800000000", null, true);
    private static readonly ProposedVehicle Car = new("LSVAU2180N2183456", "A12345", "VW-LAVIDA", new DateOnly(2022, 1, 1), 120_000m, VehicleUsage.Private, 5);
    private static readonly KpiFilter Period = new(new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30), null);
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-kpi-").FullName;
    private readonly Agent _agentA = Agent.Create(Guid.NewGuid(), "AG-A", "Agent A", "SH", "Pudong");
    private readonly Agent _agentB = Agent.Create(Guid.NewGuid(), "AG-B", "Agent B", "BJ", "Haidian");
    private int _serial;
    private Func<ClaimsDbContext> _open = () => throw new InvalidOperationException("No database yet.");

    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PremiumByAgent_PoliciesStraddlingThePeriod_EqualsDomainEarnedPremiumToTheCent(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var (holder, car) = await HolderAndCarAsync(db);
        Policy Issue(Agent agent, DateOnly start, DateOnly expiry, decimal premium) =>
            Policy.Issue(Guid.NewGuid(), $"P-{++_serial}", holder.Id, car.Id, agent.Id, agent.RegionCode, start, expiry, premium, Cover.OwnDamage);
        var cancelled = Issue(_agentA, new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31), 5_000m);
        cancelled.Cancel();
        var book = new[]
        {
            Issue(_agentA, new DateOnly(2025, 2, 14), new DateOnly(2026, 2, 13), 3_333.33m), // straddles the start
            Issue(_agentA, new DateOnly(2026, 3, 3), new DateOnly(2027, 3, 2), 1_234.57m), // straddles the end
            Issue(_agentA, new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31), 9_999.99m), // covers the whole period, leap days inside
            Issue(_agentA, new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 1), 0.05m), // two days: half a cent earned before, rounded away
            Issue(_agentB, new DateOnly(2026, 6, 30), new DateOnly(2027, 6, 29), 2_000m), // starts on the last day
            Issue(_agentB, new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30), 4_321m), // ends the day before: outside
            Issue(_agentB, new DateOnly(2025, 10, 17), new DateOnly(2026, 4, 16), 777.77m), // inside
            cancelled,
        };
        db.Policies.AddRange(book);
        await db.SaveChangesAsync();

        var premium = await PremiumByAgent.QueryAsync(Period, null, db, default);
        var onlyB = await PremiumByAgent.QueryAsync(Period, [_agentB.Id], db, default);

        var expected = book.Where(p => p.Status != PolicyStatus.Cancelled && p.StartDate <= Period.To && p.ExpiryDate >= Period.From)
            .GroupBy(p => p.AgentId)
            .ToDictionary(g => g.Key, g => new PremiumByAgent.Premium(g.Count(), g.Sum(p => p.Premium),
                g.Sum(p => Kpi.EarnedPremium(p.Premium, p.StartDate, p.ExpiryDate, Period.To) - Kpi.EarnedPremium(p.Premium, p.StartDate, p.ExpiryDate, Period.From.AddDays(-1)))));
        Assert.Equal(expected[_agentA.Id], premium[_agentA.Id]);
        Assert.Equal(expected[_agentB.Id], premium[_agentB.Id]);
        Assert.Equal(new[] { _agentB.Id }, onlyB.Keys);
        Assert.Equal(4, premium[_agentA.Id].Policies);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RenewalOutcomes_LinkedFreshLateAndCancelledSuccessors_CountedAsRenewalCountingDoes(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var cars = new List<Vehicle>();
        var holders = new List<Policyholder>();
        for (var i = 0; i < 5; i++)
        {
            var (holder, car) = await HolderAndCarAsync(db);
            holders.Add(holder);
            cars.Add(car);
        }

        Policy Issue(int who, Agent agent, DateOnly start) =>
            Policy.Issue(Guid.NewGuid(), $"P-{++_serial}", holders[who].Id, cars[who].Id, agent.Id, agent.RegionCode, start, start.AddYears(1).AddDays(-1), 1_000m, Cover.OwnDamage);
        var linked = Issue(0, _agentA, new DateOnly(2024, 8, 10));
        var fresh = Issue(1, _agentA, new DateOnly(2024, 8, 20));
        var late = Issue(2, _agentA, new DateOnly(2024, 9, 5));
        var cancelledSuccessor = Issue(3, _agentB, new DateOnly(2024, 9, 15));
        var lapsed = Issue(4, _agentB, new DateOnly(2025, 3, 1));
        var successors = new[]
        {
            linked.RenewOn(Proposal.Renewal(Guid.NewGuid(), DateTime.UtcNow, linked, null, "agent", Proposer, Car, [], 1_100m, "test"), Guid.NewGuid(), 1), Issue(1, _agentA, fresh.ExpiryDate.AddDays(1)), Issue(2, _agentA, late.ExpiryDate.AddDays(8)),
            Issue(3, _agentB, cancelledSuccessor.ExpiryDate.AddDays(1)),
        };
        successors[3].Cancel();
        db.Policies.AddRange([linked, fresh, late, cancelledSuccessor, lapsed, .. successors]);
        db.Set<CustomerTier>().Add(Tier(holders[0].Id, "VIP"));
        db.Set<CustomerTier>().Add(Tier(holders[1].Id, "A"));
        await db.SaveChangesAsync();

        var cells = await RenewalOutcomes.QueryAsync(Period, null, db, default);
        await using var services = new ServiceCollection().AddScoped(_ => _open()).BuildServiceProvider();
        var summary = await new RenewalSnapshotJob(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System).RunAsync(new DateOnly(2026, 5, 15), default);
        var fromSnapshot = await RenewalOutcomes.QueryAsync(Period, null, db, default);

        var terms = (await db.Policies.AsNoTracking().Where(p => p.Status != PolicyStatus.Cancelled).ToListAsync())
            .Select(p => new PolicyTerm(p.Id, p.PolicyholderId, p.VehicleId, p.RegionCode, p.StartDate, p.ExpiryDate, p.RenewedByPolicyId)).ToList();
        Assert.Equal(RenewalCounting.ByRegionAndMonth(terms, Period.From, Period.To), RenewalRates.ByRegionAndMonth(cells, Period));
        Assert.Equal(
            [new RenewalRates.TierRow("VIP", 1, 1), new RenewalRates.TierRow("A", 1, 1), new RenewalRates.TierRow(RenewalRates.NoTier, 3, 0)],
            RenewalRates.ByTier(cells, Period));
        Assert.Equal((3, 2), (cells.Where(c => c.AgentId == _agentA.Id).Sum(c => c.Due), cells.Where(c => c.AgentId == _agentA.Id).Sum(c => c.Renewed)));
        // The snapshot holds 2023-05..2026-04; May and June 2026 are counted live: the same figures.
        Assert.StartsWith("5 cells, 2023-05 to 2026-04", summary);
        Assert.Equal(RenewalRates.ByRegionAndMonth(cells, Period), RenewalRates.ByRegionAndMonth(fromSnapshot, Period));
        Assert.Equal(RenewalRates.ByTier(cells, Period), RenewalRates.ByTier(fromSnapshot, Period));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AgentScorecard_ContradictedAndPaidClaims_CountedPerAgentWithRatePer100(string provider)
    {
        await using var db = await DatabaseAsync(provider);
        var (holder, car) = await HolderAndCarAsync(db);
        var policy = Policy.Issue(Guid.NewGuid(), "P-CLAIMS", holder.Id, car.Id, _agentA.Id, "SH", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 3_650m, Cover.OwnDamage);
        db.Policies.Add(policy);
        db.Claims.AddRange(
            NewClaim(policy, car, new DateTime(2025, 8, 1, 9, 0, 0, DateTimeKind.Utc), contradicted: true, paidAt: new DateTime(2025, 8, 20, 9, 0, 0, DateTimeKind.Utc)),
            NewClaim(policy, car, new DateTime(2025, 9, 1, 9, 0, 0, DateTimeKind.Utc), contradicted: false, paidAt: null),
            NewClaim(policy, car, new DateTime(2025, 10, 1, 9, 0, 0, DateTimeKind.Utc), contradicted: false, paidAt: null),
            NewClaim(policy, car, new DateTime(2025, 6, 20, 9, 0, 0, DateTimeKind.Utc), contradicted: true, paidAt: new DateTime(2025, 7, 2, 9, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();

        var rows = await AgentKpis.QueryAsync(Period, db, default);

        var a = rows.Single(r => r.AgentCode == "AG-A");
        var earned = Kpi.EarnedPremium(3_650m, policy.StartDate, policy.ExpiryDate, Period.To) - Kpi.EarnedPremium(3_650m, policy.StartDate, policy.ExpiryDate, Period.From.AddDays(-1));
        Assert.Equal((2, 3, 1, 33.3m), (a.ClaimsPaid, a.ClaimsReported, a.ContradictedClaims, a.ContradictionsPer100Claims));
        Assert.Equal(earned, a.EarnedPremium);
        Assert.Equal(Kpi.LossRatio(a.ClaimsPaidAmount, earned), a.LossRatio);
        Assert.Equal(2 * (1_000m - 500m), a.ClaimsPaidAmount);
        var b = rows.Single(r => r.AgentCode == "AG-B");
        Assert.Equal((0, 0), (b.ClaimsReported, b.RenewalsDue));
        Assert.Null(b.RenewalRate);
        Assert.Null(b.ContradictionsPer100Claims);
    }

    [Fact]
    public void LeakageByShop_AuditsOfTwoShops_GroupedByShopAndClassLargestLeakageFirst()
    {
        LeakageByAdjuster.ClosedAudit Audit(string shop, ShopClass shopClass, decimal paid, decimal leakage) => new("adjuster", shop, shopClass, paid, leakage);

        var rows = LeakageByAdjuster.ByShop([Audit("Bund 4S", ShopClass.FourS, 1_000m, 100m), Audit("Bund 4S", ShopClass.FourS, 3_000m, 200m), Audit("Corner", ShopClass.Class2, 500m, 0m)]);

        Assert.Equal(
            [new LeakageByAdjuster.ShopRow("Bund 4S", ShopClass.FourS, 2, 4_000m, 300m, 0.075m), new LeakageByAdjuster.ShopRow("Corner", ShopClass.Class2, 1, 500m, 0m, 0m)],
            rows);
    }

    private Claim NewClaim(Policy policy, Vehicle car, DateTime reportedAt, bool contradicted, DateTime? paidAt)
    {
        var notice = new NoticeOfLoss(reportedAt.AddHours(-2), "Ring road", "SH", LossCause.Collision, "Rear-ended", LiabilityShare.Full, false, true, 0, null, NoticeChannel.Phone, "test");
        var claim = Claim.Notify(Guid.NewGuid(), $"C-{++_serial}", policy, car, notice, 500m, reportedAt);
        claim.AssignSurveyor("adjuster", 1);
        claim.RecordFindings(new SurveyFindings(contradicted, false, false, false, false),
            new DisclosureCheckResult(true, contradicted ? [new Contradiction("modifications", "No", "the vehicle is modified")] : []));
        claim.RecordEstimate([EstimateLine.Part("BP-1", "Bumper", "BUMPER_FRONT", PriceChannel.FourS, 1, 1_000m, 1_000m)], ShopClass.FourS, false, 0m, EstimateRules.Default, reportedAt, "Shop");
        if (paidAt is { } paid)
        {
            claim.SubmitForPriceCheck(false);
            claim.RecordAuthority(Claims.Domain.Claims.AuthorityDecision.Within(100_000m));
            claim.RecordPayment("PAY", paid);
        }

        return claim;
    }

    private static CustomerTier Tier(Guid holder, string tier)
    {
        var row = CustomerTier.For(holder);
        row.Apply(tier, new CustomerFacts(0, 0, 0), DateTime.UtcNow);
        return row;
    }

    private async Task<(Policyholder Holder, Vehicle Car)> HolderAndCarAsync(ClaimsDbContext db)
    {
        var n = ++_serial;
        var holder = Policyholder.Create(Guid.NewGuid(), $"Holder {n}", new DateOnly(1980, 1, 1), new DateOnly(2000, 1, 1), "138 0000 0000", null);
        var car = Vehicle.Create(Guid.NewGuid(), $"LSVBR0000P{n:D7}", $"A{n:D5}", "VW-LAVIDA", new DateOnly(2022, 1, 1), VehicleUsage.Private, 5);
        db.AddRange(holder, car);
        await db.SaveChangesAsync();
        return (holder, car);
    }

    private async Task<ClaimsDbContext> DatabaseAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            var options = new DbContextOptionsBuilder<SqliteClaimsDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "kpi.db")}").Options;
            _open = () => new SqliteClaimsDbContext(options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgreSqlClaimsDbContext>().UseNpgsql(await postgres.CreateDatabaseAsync("kpi")).Options;
            _open = () => new PostgreSqlClaimsDbContext(options);
        }

        var db = _open();
        await db.Database.MigrateAsync();
        db.AddRange(Region.Create("SH", "Shanghai"), Region.Create("BJ", "Beijing"), VehicleModel.Create("VW-LAVIDA", "Volkswagen", "Lavida", null, 120_000m), _agentA, _agentB);
        await db.SaveChangesAsync();
        return db;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
