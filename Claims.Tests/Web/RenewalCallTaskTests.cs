using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

/// <summary>VIP policyholders get their first reminder 90 days out and a call task for their agent with it.</summary>
public sealed class RenewalCallTaskTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private readonly ClaimsAppFactory _app;
    private readonly PickupMailbox _mailbox = PickupMailbox.CreateTemp();

    public RenewalCallTaskTests()
    {
        _app = ClaimsAppFactory.DemoBookAt(_time, s => s.AddSingleton<ITierLookup, EveryoneVip>());
        _app.Settings["Mail:PickupFolder"] = _mailbox.Folder;
    }

    [Fact]
    public async Task NoticeConsumer_VipFirstReminder_OpensOneCallTaskForTheAgent()
    {
        await _app.Services.GetRequiredService<RenewalSweep>().RunAsync(DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), default);
        await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "reminders handled");

        var withCall = await _app.WithDbAsync(db => db.Set<RenewalReminder>().Where(r => r.CallTask).Select(r => r.PolicyId).ToListAsync());
        var tasks = await _app.WithDbAsync(db => db.WorkTasks.AsNoTracking().Where(t => t.Kind == RenewalTasks.Call).ToListAsync());
        Assert.NotEmpty(withCall);
        Assert.Equal(withCall.Count, tasks.Count);
        Assert.True(await _app.WithDbAsync(db => db.Set<RenewalReminder>().AnyAsync(r => r.Stage == RenewalStage.Days90)));
        Assert.Contains(tasks, t => t.AssigneeUser == DemoPolicies.DemoAgentUserName);
        Assert.All(tasks, t => Assert.True(t.AssigneeUser is not null || t.AssigneeRole == Claims.Domain.Common.Roles.Agent));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_mailbox.Folder, recursive: true);
    }

    private sealed class EveryoneVip : ITierLookup
    {
        public Task<IReadOnlyDictionary<Guid, string>> TiersAsync(IReadOnlyCollection<Guid> policyholderIds, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<Guid, string>>(policyholderIds.ToDictionary(id => id, _ => "VIP"));
    }
}
