using System.Net;
using System.Text.Json;
using Claims.Domain.Documents;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Domain.Surveys;
using Claims.Tests.Fixtures;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.PolicyUnderwriting.Contracts;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Web.Infrastructure.Seeding.Demo;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claims.Tests.Web;

/// <summary>Sweep → outbox → notice consumer → mail → renewal link, over the demo book on SQLite and the in-memory bus.</summary>
public sealed class RenewalNoticeFlowTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private readonly ClaimsAppFactory _app;
    private readonly PickupMailbox _mailbox = PickupMailbox.CreateTemp();

    public RenewalNoticeFlowTests()
    {
        _app = ClaimsAppFactory.DemoBookAt(_time);
        _app.Settings["Mail:Delivery"] = "Pickup";
        _app.Settings["Mail:PickupFolder"] = _mailbox.Folder;
        _app.Settings["Mail:PublicBaseUrl"] = "http://renew.test";
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
        var withEmail = (await _app.MailedOffersAsync()).Select(o => o.PolicyNumber).ToList();
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
        var agentId = await DemoAgentIdAsync();
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
        var page = await _app.CreateClient().GetAsync($"/renew/{mail.Token}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("has already been used", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_ValidLink_PolicyWorkflowIssuesOnNextSerialAndQueuesPolicyRenewed()
    {
        await SweepAndDeliverAsync();
        var agent = await _app.WithDbAsync(db => db.Agents.AsNoTracking().SingleAsync(a => a.Code == DemoPolicies.DemoAgentCode));
        var (mail, policy, offer) = await NoticeOfAsync(p => p.AgentId == agent.Id);
        var range = await _app.WithDbAsync(db => db.SerialRanges.AsNoTracking()
            .Where(r => r.HolderKind == HolderKind.Agent && r.HolderCode == agent.Code && r.Type == DocumentType.PolicyForm && r.NextSerial <= r.To)
            .OrderBy(r => r.From).FirstAsync());

        var (view, error) = await AcceptAsync(mail.Token);

        Assert.Null(error);
        var renewed = view.Renewed!;
        Assert.Equal(range.NextSerial, renewed.FormSerial);
        Assert.Equal(Policy.FormNumber(range.NextSerial), renewed.Number);
        Assert.Equal(offer.RenewalPremium, renewed.Premium);
        Assert.Equal(policy.RenewalNumber + 1, renewed.RenewalNumber);
        Assert.Equal(renewed.Id, (await _app.WithDbAsync(db => db.Policies.AsNoTracking().SingleAsync(p => p.Id == policy.Id))).RenewedByPolicyId);
        var proposal = await _app.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.PolicyId == renewed.Id));
        Assert.Equal((ProposalKind.Renewal, policy.Id, ProposalStatus.Issued), (proposal.Kind, proposal.RenewalOfPolicyId, proposal.Status));
        var instance = await _app.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == proposal.WorkflowInstanceId));
        Assert.Equal((ProposalTasks.WorkflowId, WorkflowStatus.Finished), (instance.DefinitionId, instance.Status));
        var completed = await _app.WithDbAsync(db => db.Set<JournalRecord>().AsNoTracking()
            .Where(j => j.WorkflowInstanceId == instance.Id && j.EventName == nameof(JournalEvent.Completed)).OrderBy(j => j.Sequence).Select(j => j.ActivityType).ToListAsync());
        Assert.Equal(["Elsa.Start", "Policy.RouteProposal", "Policy.IssuePolicy", "Elsa.Finish"], completed);
        Assert.False(await _app.WithDbAsync(db => db.WorkTasks.AnyAsync(t => t.WorkflowInstanceId == instance.Id)), "a clean renewal opens no checkpoint");
        var renewedEvents = await OutboxBodiesAsync<PolicyRenewed>();
        var evt = Assert.Single(renewedEvents);
        Assert.Equal((policy.Id, renewed.Id, policy.PolicyholderId, policy.RegionCode, agent.Id, agent.Code),
            (evt.PreviousPolicyId, evt.PolicyId, evt.PolicyholderId, evt.RegionCode, evt.AgentId, evt.AgentCode));

        var (again, againError) = await AcceptAsync(mail.Token);

        Assert.Equal((LinkState.Used, renewed.Id), (again.State, again.Renewed?.Id));
        Assert.Null(againError);
        Assert.Single(await OutboxBodiesAsync<PolicyRenewed>());
        Assert.Equal(1, await _app.WithDbAsync(db => db.Proposals.CountAsync(p => p.RenewalOfPolicyId == policy.Id)));
        Assert.Equal(range.NextSerial + 1, (await _app.WithDbAsync(db => db.SerialRanges.AsNoTracking().SingleAsync(r => r.Id == range.Id))).NextSerial);
    }

    [Fact]
    public async Task Accept_ValidLink_ConfirmationAndRenewalSurveyAboutTheAgentMailedOnce()
    {
        await SweepAndDeliverAsync();
        var agent = await _app.WithDbAsync(db => db.Agents.AsNoTracking().SingleAsync(a => a.Code == DemoPolicies.DemoAgentCode));
        var (mail, policy, _) = await NoticeOfAsync(p => p.AgentId == agent.Id);

        var renewed = (await AcceptAsync(mail.Token)).View.Renewed!;
        var survey = await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.Surveys.AsNoTracking().Where(s => s.Context == SurveyContext.Renewal && s.ContextId == renewed.Id).ToListAsync()),
            s => s.Count > 0, TimeSpan.FromSeconds(30), "the renewal survey");
        var surveyMails = await Eventually.WaitAsync(
            async () => (await _mailbox.ReadAllAsync()).Where(m => m.Subject == $"How did we do on your renewal {renewed.Number}?").ToList(),
            m => m.Count > 0, TimeSpan.FromSeconds(30), "the survey mail");

        var confirmations = await Eventually.WaitAsync(
            async () => (await _mailbox.ReadAllAsync()).Where(m => m.Subject.EndsWith(renewed.Number, StringComparison.Ordinal)).ToList(),
            m => m.Count > 0, TimeSpan.FromSeconds(30), "the renewal confirmation");
        var confirmation = Assert.Single(confirmations);
        Assert.Contains(renewed.Premium.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture), confirmation.Text, StringComparison.Ordinal);
        Assert.Contains(renewed.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), confirmation.Text, StringComparison.Ordinal);
        var only = Assert.Single(survey);
        Assert.Equal((SurveySubject.Agent, agent.Code, policy.PolicyholderId), (only.Subject, only.SubjectKey, only.PolicyholderId));
        Assert.Contains("/survey/", Assert.Single(surveyMails).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_TwoClicksRacing_OneRenewalIssued()
    {
        await SweepAndDeliverAsync();
        var demoAgentId = await DemoAgentIdAsync();
        var (mail, policy, _) = await NoticeOfAsync(p => p.AgentId == demoAgentId);

        var results = await Task.WhenAll(AcceptAsync(mail.Token), AcceptAsync(mail.Token));

        Assert.All(results, r => Assert.Equal(LinkState.Used, r.View.State));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Policies.CountAsync(p => p.RenewalOfPolicyId == policy.Id)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Proposals.CountAsync(p => p.RenewalOfPolicyId == policy.Id)));
        Assert.Single(await OutboxBodiesAsync<PolicyRenewed>());
    }

    [Fact]
    public async Task Accept_AgentWithoutForms_AcceptanceKeptRenewalShownBeingIssued()
    {
        await SweepAndDeliverAsync();
        var demoAgentId = await DemoAgentIdAsync();
        // Chosen by agent, not by the mail folder's order (keyed notice files sort by their reminder).
        var withForms = await _app.WithDbAsync(db => db.Agents.Where(a => db.SerialRanges.Any(r => r.HolderKind == HolderKind.Agent && r.HolderCode == a.Code)).Select(a => a.Id).ToListAsync());
        var (mail, policy, _) = await NoticeOfAsync(p => p.AgentId != demoAgentId && !withForms.Contains(p.AgentId));
        Assert.False(await _app.WithDbAsync(db => db.SerialRanges.AnyAsync(r => r.HolderKind == HolderKind.Agent && db.Agents.Any(a => a.Id == policy.AgentId && a.Code == r.HolderCode))));

        var (view, error) = await AcceptAsync(mail.Token);

        Assert.Equal((LinkState.Used, null, null), (view.State, view.Renewed, error));
        var proposal = await _app.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.RenewalOfPolicyId == policy.Id));
        var instance = await _app.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == proposal.WorkflowInstanceId));
        Assert.Equal((WorkflowStatus.Faulted, 1), (instance.Status, instance.IncidentCount));
        Assert.Equal(RenewalOfferStatus.Accepted, (await _app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().SingleAsync(o => o.PolicyId == policy.Id))).Status);
        // Opened again, the used link answers as a forged or expired one does: the acceptance itself said "being issued".
        var page = await _app.CreateClient().GetAsync($"/renew/{mail.Token}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Empty(await OutboxBodiesAsync<PolicyRenewed>());

        // Still waiting at the end of the grace period: the accepted renewal keeps the policy from lapsing.
        _time.Advance(TimeSpan.FromDays(policy.ExpiryDate.DayNumber - Today.DayNumber + RenewalSchedule.Default.GraceDays));
        await SweepAndDeliverAsync();
        Assert.Equal(PolicyStatus.InForce, (await _app.WithDbAsync(db => db.Policies.AsNoTracking().SingleAsync(p => p.Id == policy.Id))).Status);
        Assert.DoesNotContain(await OutboxBodiesAsync<PolicyLapsed>(), e => e.PolicyId == policy.Id);
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
    public async Task RenewalPage_ExpiredOrForgedToken_AnswersAlike()
    {
        await SweepAndDeliverAsync();
        var (mail, policy, _) = await NoticeOfAsync(p => true);
        var client = _app.CreateClient();

        var forged = await client.GetAsync($"/renew/{mail.Token![..^3]}abc");
        _time.Advance(TimeSpan.FromDays(policy.ExpiryDate.DayNumber - Today.DayNumber + 20));
        var expired = await client.GetAsync($"/renew/{mail.Token}");

        // A guesser learns nothing: the same status and the same page as for a used link.
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(await forged.Content.ReadAsStringAsync(), await expired.Content.ReadAsStringAsync());
        Assert.Contains("not valid, has expired or has already been used", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticeConsumer_BatchHandledAgainAfterItsMailsWentOutButItsCommitDidNot_OneMailPerReminder()
    {
        await SweepAndDeliverAsync();
        var first = _mailbox.Count;
        Assert.NotEqual(0, first);

        // What a node killed between a batch's mails and its commit leaves (found by chaos r1-sweep): the mails, but no
        // inbox row, no notice marked sent, and the messages redelivered. The offers stay: the retry reuses them.
        await _app.WithDbAsync(async db =>
        {
            await db.InboxMessages.Where(i => i.Consumer == RenewalReminderDueConsumer.InboxName).ExecuteDeleteAsync();
            await db.Set<RenewalReminder>().ExecuteUpdateAsync(s => s.SetProperty(r => r.NoticeSentAt, (DateTime?)null));
            foreach (var r in await db.Set<RenewalReminder>().AsNoTracking().ToListAsync())
            {
                db.AddOutboxMessage(new RenewalReminderDue(r.Id, r.PolicyId, r.Stage.ToString(), r.DueOn, r.CallTask), _time.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync();
        });
        await Eventually.WaitAsync(
            () => _app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt == null)), n => n == 0, TimeSpan.FromSeconds(60), "every reminder handled again");

        Assert.Equal(first, _mailbox.Count);
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
        var lapsedEvent = Assert.Single(await OutboxBodiesAsync<PolicyLapsed>(), e => e.PolicyId == policy.Id);
        Assert.Equal((policy.Number, policy.AgentId, policy.ExpiryDate), (lapsedEvent.Number, lapsedEvent.AgentId, lapsedEvent.ExpiryDate));
    }

    private Task<Guid> DemoAgentIdAsync() => _app.WithDbAsync(db => db.Agents.Where(a => a.Code == DemoPolicies.DemoAgentCode).Select(a => a.Id).SingleAsync());

    private async Task<List<T>> OutboxBodiesAsync<T>()
        where T : class
    {
        var type = OutboxWriter.MessageTypeName(typeof(T));
        var bodies = await _app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType == type).Select(m => m.Body).ToListAsync());
        return [.. bodies.Select(b => JsonSerializer.Deserialize<T>(b, JsonDefaults.Options)!)];
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
