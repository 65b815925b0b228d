using System.Net;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Seeding.Demo;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

/// <summary>Sweep → outbox → notice consumer → mail → renewal link, over the demo book on SQLite and the in-memory bus.</summary>
public sealed class RenewalNoticeFlowTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();
    private readonly PickupMailbox _mailbox = PickupMailbox.CreateTemp();

    public RenewalNoticeFlowTests()
    {
        _app.Settings["Demo:Seed"] = "true";
        _app.Settings["Scheduling:Enabled"] = "false";
        _app.Settings["Mail:Delivery"] = "Pickup";
        _app.Settings["Mail:PickupFolder"] = _mailbox.Folder;
        _app.Settings["Mail:PublicBaseUrl"] = "http://renew.test";
        _app.TestServices = s => s.AddSingleton<TimeProvider>(_time);
    }

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private async Task SweepAndDeliverAsync()
    {
        await _app.Services.GetRequiredService<RenewalSweep>().RunAsync(Today, default);
        await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "every reminder handled");
    }

    private async Task<(PickupMailbox.Mail Mail, Policy Policy, RenewalOffer Offer)> NoticeOfAsync(Func<Policy, bool> which)
    {
        var mails = await _mailbox.ReadAllAsync();
        var offers = await _app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().ToListAsync());
        var policies = await _app.WithDbAsync(db => db.Policies.AsNoTracking().ToDictionaryAsync(p => p.Id));
        return mails.Select(m => (Mail: m, Offer: offers.Single(o => m.Subject.Contains(o.PolicyNumber, StringComparison.Ordinal))))
            .Select(x => (x.Mail, Policy: policies[x.Offer.PolicyId], x.Offer))
            .First(x => which(x.Policy));
    }

    [Fact]
    public async Task NoticeConsumer_DemoBook_OneMailPerOfferedPolicyWithBothPremiums()
    {
        await SweepAndDeliverAsync();

        var mails = await _mailbox.ReadAllAsync();
        var offered = await _app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().Where(o => o.Status == RenewalOfferStatus.Offered).ToListAsync());
        var withEmail = await _app.WithDbAsync(db => (from o in db.Set<RenewalOffer>()
                                                      join p in db.Policies on o.PolicyId equals p.Id
                                                      join h in db.Policyholders on p.PolicyholderId equals h.Id
                                                      where o.Status == RenewalOfferStatus.Offered && h.Email != null
                                                      select o.PolicyNumber).ToListAsync());
        Assert.NotEmpty(withEmail);
        Assert.Equal(withEmail.Count, mails.Count);
        Assert.All(withEmail, number => Assert.Single(mails, m => m.Subject.Contains(number, StringComparison.Ordinal)));
        var (mail, _, offer) = await NoticeOfAsync(p => true);
        Assert.Contains(offer.RenewalPremium.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture), mail.Text, StringComparison.Ordinal);
        Assert.Contains(offer.LastYearPremium.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture), mail.Text, StringComparison.Ordinal);
        Assert.StartsWith("http://renew.test/renew/", mail.RenewalLink, StringComparison.Ordinal);
        Assert.True(offered.Count >= withEmail.Count);
    }

    [Fact]
    public async Task NoticeConsumer_ChinesePolicyholder_GetsNoticeInChinese()
    {
        await SweepAndDeliverAsync();

        var zhHolders = await _app.WithDbAsync(db => db.Policyholders.Where(h => h.PreferredLanguage == "zh-CN").Select(h => h.Id).ToListAsync());
        var (mail, _, _) = await NoticeOfAsync(p => zhHolders.Contains(p.PolicyholderId));
        Assert.Contains("续保", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("去年保费", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticeConsumer_FourthRenewal_InvitesShoppingAround()
    {
        await _app.WithDbAsync(db => db.Policies.ExecuteUpdateAsync(s => s.SetProperty(p => p.RenewalNumber, 3)));

        await SweepAndDeliverAsync();

        var englishHolders = await _app.WithDbAsync(db => db.Policyholders.Where(h => h.PreferredLanguage == "en").Select(h => h.Id).ToListAsync());
        var (mail, _, offer) = await NoticeOfAsync(p => englishHolders.Contains(p.PolicyholderId));
        Assert.Equal(4, offer.RenewalNumber);
        Assert.Contains("shopping around", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_ValidLink_IssuesRenewalOnNewSerialFromDayAfterExpiry_SecondUseIssuesNothing()
    {
        await SweepAndDeliverAsync();
        var agentId = await _app.WithDbAsync(db => db.Agents.Where(a => a.Code == DemoPolicies.DemoAgentCode).Select(a => a.Id).SingleAsync());
        var (mail, policy, _) = await NoticeOfAsync(p => p.AgentId == agentId);

        var (view, error) = await AcceptAsync(mail.Token);

        Assert.Null(error);
        var renewed = view.Renewed!;
        Assert.Equal(policy.ExpiryDate.AddDays(1), renewed.StartDate);
        Assert.Equal(policy.ExpiryDate.AddYears(1), renewed.ExpiryDate);
        Assert.NotNull(renewed.FormSerial);
        Assert.NotEqual(policy.Number, renewed.Number);
        Assert.Equal(policy.Id, renewed.RenewalOfPolicyId);
        Assert.True(await _app.WithDbAsync(db => db.DocumentRegister.AnyAsync(e => e.Serial == renewed.FormSerial)));

        var (again, _) = await AcceptAsync(mail.Token);
        Assert.Equal(LinkState.Used, again.State);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Policies.CountAsync(p => p.RenewalOfPolicyId == policy.Id)));
        var page = await _app.CreateClient().GetStringAsync($"/renew/{mail.Token}");
        Assert.Contains("already been used", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_WithReason_RecordsReasonAndClosesLink()
    {
        await SweepAndDeliverAsync();
        var (mail, policy, _) = await NoticeOfAsync(p => true);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var view = await scope.ServiceProvider.GetRequiredService<RenewalAcceptance>().DeclineAsync(mail.Token, "Sold the car", default);
            Assert.Equal(LinkState.Used, view.State);
        }

        var offer = await _app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().SingleAsync(o => o.PolicyId == policy.Id));
        Assert.Equal(RenewalOfferStatus.Declined, offer.Status);
        Assert.Equal("Sold the car", offer.DeclineReason);
        Assert.NotNull(offer.TokenUsedAt);
    }

    [Fact]
    public async Task RenewalPage_ExpiredOrForgedToken_ShowsMessageNotError()
    {
        await SweepAndDeliverAsync();
        var (mail, policy, _) = await NoticeOfAsync(p => true);
        var client = _app.CreateClient();

        var forged = await client.GetAsync($"/renew/{mail.Token![..^3]}abc");
        _time.Advance(TimeSpan.FromDays(policy.ExpiryDate.DayNumber - Today.DayNumber + 20));
        var expired = await client.GetAsync($"/renew/{mail.Token}");

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("not valid", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Contains("has expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lapse_AfterGracePeriod_PolicyLapsesAgentIsToldAndRemindersStop()
    {
        await SweepAndDeliverAsync();
        var policy = await _app.WithDbAsync(db => db.Policies.AsNoTracking().OrderBy(p => p.ExpiryDate).FirstAsync());
        _time.Advance(TimeSpan.FromDays(policy.ExpiryDate.DayNumber - Today.DayNumber + RenewalSchedule.Default.GraceDays));

        await SweepAndDeliverAsync();

        var lapsed = await _app.WithDbAsync(db => db.Policies.AsNoTracking().SingleAsync(p => p.Id == policy.Id));
        Assert.Equal(PolicyStatus.Lapsed, lapsed.Status);
        Assert.True(await _app.WithDbAsync(db => db.WorkTasks.AnyAsync(t => t.Kind == RenewalTasks.Lapsed && t.Subject.Contains(policy.Number))));
        var reminders = await _app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.PolicyId == policy.Id));
        _time.Advance(TimeSpan.FromDays(1));
        await SweepAndDeliverAsync();
        Assert.Equal(reminders, await _app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.PolicyId == policy.Id)));
        Assert.Equal(RenewalOfferStatus.Expired, (await _app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().SingleAsync(o => o.PolicyId == policy.Id))).Status);
    }

    private async Task<(RenewalView View, string? Error)> AcceptAsync(string? token)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RenewalAcceptance>().AcceptAsync(token, default);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_mailbox.Folder, recursive: true);
    }
}
