using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

/// <summary>The daily sweep over the demo book of policies (expiries spread over the next 120 days).</summary>
public sealed class RenewalSweepTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private readonly ClaimsAppFactory _app;

    public RenewalSweepTests()
    {
        _app = ClaimsAppFactory.DemoBookAt(_time);
        _app.Settings["Messaging:RelayEnabled"] = "false";
    }

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Sweep_DemoBook_RecordsExactlyTheStagesDueTodayWithTheirMessages()
    {
        var sweep = _app.Services.GetRequiredService<RenewalSweep>();

        await sweep.RunAsync(Today, default);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var policies = await db.Set<Policy>().AsNoTracking().ToListAsync();
        var reminders = await db.Set<RenewalReminder>().AsNoTracking().ToDictionaryAsync(r => r.PolicyId);
        var expected = policies
            .Select(p => (p.Id, Decision: RenewalStages.Due(p.ExpiryDate, null, Today, new HashSet<RenewalStage>(), RenewalSchedule.Default)))
            .Where(x => x.Decision is not null).ToDictionary(x => x.Id, x => x.Decision!.Stage);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, reminders.ToDictionary(r => r.Key, r => r.Value.Stage));
        var messages = await db.OutboxMessages.Where(m => m.MessageType == OutboxWriter.MessageTypeName(typeof(RenewalReminderDue))).CountAsync();
        Assert.Equal(expected.Count, messages);
    }

    [Fact]
    public async Task Sweep_RunTwiceSameDay_QueuesNothingTheSecondTime()
    {
        var sweep = _app.Services.GetRequiredService<RenewalSweep>();

        var first = await sweep.RunAsync(Today, default);
        var second = await sweep.RunAsync(Today, default);

        Assert.DoesNotContain(" 0 queued", first);
        Assert.EndsWith(" 0 queued", second);
    }

    [Fact]
    public async Task Sweep_ThirtyDaysLater_SendsTheNextStageOnlyToThoseWhoReachedIt()
    {
        var sweep = _app.Services.GetRequiredService<RenewalSweep>();
        await sweep.RunAsync(Today, default);
        _time.Advance(TimeSpan.FromDays(30));

        await sweep.RunAsync(Today, default);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var perPolicy = await db.Set<RenewalReminder>().AsNoTracking().GroupBy(r => r.PolicyId).Select(g => g.Select(r => r.Stage).ToList()).ToListAsync();
        Assert.Contains(perPolicy, stages => stages.Count == 2);
        Assert.All(perPolicy, stages => Assert.Equal(stages.Count, stages.Distinct().Count()));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
