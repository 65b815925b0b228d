using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.Tasks;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

/// <summary>A renewal that raises underwriting issues waits for the underwriter before the notice goes out.</summary>
public sealed class RenewalReviewTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private readonly ClaimsAppFactory _app;
    private readonly PickupMailbox _mailbox = PickupMailbox.CreateTemp();

    public RenewalReviewTests()
    {
        _app = ClaimsAppFactory.DemoBookAt(_time);
        _app.Settings["Mail:PickupFolder"] = _mailbox.Folder;
    }

    [Fact]
    public async Task RenewalWithIssue_UnderwriterAccepts_OfferIsSentOnlyThen()
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var policy = await _app.WithDbAsync(db => db.Policies.AsNoTracking()
            .Where(p => p.ExpiryDate > today.AddDays(7) && p.ExpiryDate <= today.AddDays(60) && db.Policyholders.Any(h => h.Id == p.PolicyholderId && h.Email != null))
            .OrderBy(p => p.ExpiryDate).FirstAsync());
        await _app.WithDbAsync(db => db.Vehicles.Where(v => v.Id == policy.VehicleId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Usage, VehicleUsage.RideHailing)));

        await _app.Services.GetRequiredService<RenewalSweep>().RunAsync(today, default);
        await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "reminders handled");

        var offer = await _app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().SingleAsync(o => o.PolicyId == policy.Id));
        Assert.Equal(RenewalOfferStatus.PendingUnderwriting, offer.Status);
        Assert.Contains("RideHailing", offer.Issues, StringComparison.Ordinal);
        Assert.DoesNotContain(await _mailbox.ReadAllAsync(), m => m.Subject.Contains(policy.Number, StringComparison.Ordinal));
        var task = await _app.WithDbAsync(db => db.WorkTasks.AsNoTracking().SingleAsync(t => t.Id == offer.ReviewTaskId));
        Assert.Equal(RenewalTasks.Review, task.Kind);
        Assert.Equal(Roles.Underwriter, task.AssigneeRole);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var completion = await scope.ServiceProvider.GetRequiredService<TaskCompleter>()
                .CompleteAsync(task.Id, RenewalTasks.Accept, null, "underwriter", [Roles.Underwriter], default);
            Assert.Equal(CompletionResult.Completed, completion.Result);
        }

        // The mail is written inside the transaction that marks the offer: wait for the commit, then count.
        offer = await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().SingleAsync(o => o.PolicyId == policy.Id)),
            o => o.Status == RenewalOfferStatus.Offered, TimeSpan.FromSeconds(30), "the offer after review");
        Assert.Single(await _mailbox.ReadAllAsync(), m => m.Subject.Contains(policy.Number, StringComparison.Ordinal));
        Assert.Equal("underwriter", offer.DecidedBy);
    }

    [Fact]
    public async Task ErrorQueuesPage_InMemoryTransport_SaysRabbitMqOnly()
    {
        await using var app = ClaimsAppFactory.WithSqlite(); // real time: the sign-in token must not look expired
        var client = await ApiClients.ForRolesAsync(app, "admin.test", Roles.Admin);

        var page = await client.GetStringAsync("/Admin/ErrorQueues");

        Assert.Contains("only on RabbitMQ", page, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_mailbox.Folder, recursive: true);
    }
}
