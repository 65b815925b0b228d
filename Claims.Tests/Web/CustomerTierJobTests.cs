using Claims.Domain.Customers;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Customers;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

public sealed class CustomerTierJobTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero));
    private readonly ClaimsAppFactory _app;

    public CustomerTierJobTests()
    {
        _app = ClaimsAppFactory.DemoBookAt(_time);
        _app.Settings["Messaging:RelayEnabled"] = "false";
    }

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Recompute_DemoBook_EveryPolicyholderGetsTheTierOfTheirFacts()
    {
        await _app.Services.GetRequiredService<TierRecompute>().RunAsync(Today, default);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var tiers = await db.Set<CustomerTier>().AsNoTracking().ToListAsync();
        var holders = await db.Policies.Select(p => p.PolicyholderId).Distinct().CountAsync();
        Assert.Equal(holders, tiers.Count);
        Assert.All(tiers, t => Assert.Equal(CustomerTiers.Classify(new CustomerFacts(t.AnnualPremium, t.TenureYears, t.ClaimsLast3Years), CustomerTiers.Defaults), t.Tier));
        Assert.Contains(tiers, t => t.AnnualPremium > 0);
    }

    [Fact]
    public async Task RenewalSweep_VipCustomer_GetsTheNinetyDayReminderWithAnAgentCall()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            var candidates = await db.Policies.AsNoTracking()
                .Where(p => p.ExpiryDate > Today.AddDays(60) && p.ExpiryDate <= Today.AddDays(90)).ToListAsync();
            var vip = candidates.First();
            var tier = CustomerTier.For(vip.PolicyholderId);
            tier.Apply("VIP", new CustomerFacts(20_000m, 5, 0), DateTime.UtcNow);
            db.Set<CustomerTier>().Add(tier);
            await db.SaveChangesAsync();
        }

        await _app.Services.GetRequiredService<RenewalSweep>().RunAsync(Today, default);

        await using var check = _app.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var vipHolder = await checkDb.Set<CustomerTier>().Where(t => t.Tier == "VIP").Select(t => t.PolicyholderId).SingleAsync();
        var reminders = await checkDb.Set<RenewalReminder>().AsNoTracking()
            .Join(checkDb.Policies, r => r.PolicyId, p => p.Id, (r, p) => new { r.Stage, r.CallTask, p.PolicyholderId, p.ExpiryDate })
            .Where(x => x.ExpiryDate > Today.AddDays(60)).ToListAsync();
        var ninety = Assert.Single(reminders);
        Assert.Equal((RenewalStage.Days90, true, vipHolder), (ninety.Stage, ninety.CallTask, ninety.PolicyholderId));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
