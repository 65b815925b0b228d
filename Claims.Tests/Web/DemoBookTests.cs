using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Claims.Domain.Financials;
using Claims.Domain.Fraud;
using Claims.Domain.Reinspection;
using Claims.Web.Features.Evidence;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Book;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Claims.Tests.Web;

/// <summary>The living demo book: seeded through the handlers and workflows, the same on every seed, fast enough for a first start.</summary>
public sealed class DemoBookTests(ITestOutputHelper output)
{
    /// <summary>One "as of" for every seed in the run (to the minute), so two seeds can be compared.</summary>
    public static readonly DateTime AsOf = DateTime.UtcNow.AddTicks(-(DateTime.UtcNow.Ticks % TimeSpan.TicksPerMinute));

    [Fact]
    public async Task DemoBook_SeededTwice_SameCountsAndAmounts()
    {
        // Random re-inspection draws come from each claim's random id: off here, the sampling rules alone decide.
        await using var first = Seeded(randomAudits: false);
        await using var second = Seeded(randomAudits: false);

        var a = await SettledFingerprintAsync(first);
        var b = await SettledFingerprintAsync(second);
        var seeder = first.Services.GetRequiredService<DemoBookSeeder>();
        output.WriteLine($"Demo book seeded in {seeder.Elapsed.TotalSeconds:0.0} s / {second.Services.GetRequiredService<DemoBookSeeder>().Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(string.Join(Environment.NewLine, a));

        Assert.Equal(a, b);
        Assert.True(seeder.Made.Count >= 10, string.Join(", ", seeder.Made));
    }

    [Fact]
    public async Task DemoBook_FirstStart_HistoryAndWorkAtEveryCheckpoint()
    {
        await using var app = Seeded();
        var seeder = app.Services.GetRequiredService<DemoBookSeeder>();

        var open = await app.WithDbAsync(db => db.WorkTasks.Where(t => t.Status == WorkTaskStatus.Open).Select(t => t.Kind + "/" + (t.AssigneeUser ?? t.AssigneeRole)).ToListAsync());
        var closedClaims = await app.WithDbAsync(db => db.Claims.CountAsync(c => c.PaidAmount != null));
        var closedAudits = await app.WithDbAsync(db => db.ReinspectionAudits.CountAsync(a => a.Status == AuditStatus.Closed));
        var answered = await app.WithDbAsync(db => db.Surveys.CountAsync(s => s.AnsweredAt != null));
        var renewed = await app.WithDbAsync(db => db.Policies.CountAsync(p => p.RenewalNumber > 0));
        var lapsed = await app.WithDbAsync(db => db.Policies.CountAsync(p => p.Status == Claims.Domain.Policies.PolicyStatus.Lapsed));
        var incidents = await app.WithDbAsync(db => db.Set<IncidentRecord>().CountAsync(i => i.ResolvedAt == null));
        output.WriteLine($"Seeded in {seeder.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", seeder.Made.Select(m => $"{m.Value} {m.Key}"))}");
        output.WriteLine($"Failures: {string.Join(Environment.NewLine, seeder.Failures)}");
        output.WriteLine($"Open tasks: {string.Join(", ", open.GroupBy(o => o).Select(g => $"{g.Key} ×{g.Count()}"))}");

        Assert.Empty(seeder.Failures);
        Assert.Contains(open, o => o.StartsWith("AgentDisclosure/", StringComparison.Ordinal));
        Assert.Contains("UnderwritingReview/Underwriter", open);
        Assert.Contains("ReferralReview/SeniorUnderwriter", open); // a referral up waits in the referral-approval sub-flow
        Assert.Contains("ReferralSeniorReview/HeadOfficeUnderwriter", open);
        Assert.Contains("PriceVerification/PriceChecker", open);
        Assert.Contains("ReferralReview/SeniorAdjuster", open);
        Assert.Contains("SurveyEstimate/adjuster", open);
        Assert.Contains("SurveyEstimate/adjuster.bj", open);
        Assert.Contains("SurveyEstimate/adjuster.gd", open);
        Assert.Contains("ReEstimate/reinspector", open);
        Assert.Contains("ReEstimate/reinspector.bj", open);
        Assert.True(closedClaims >= 20, $"{closedClaims} claims paid");
        Assert.True(closedAudits >= 3, $"{closedAudits} audits closed");
        Assert.True(answered >= 10, $"{answered} surveys answered");
        Assert.True(renewed >= 3, $"{renewed} renewals");
        Assert.True(lapsed >= 1, $"{lapsed} lapsed");
        Assert.True(incidents >= 1, "an incident for the admin to retry");
        Assert.True(seeder.Elapsed < TimeSpan.FromSeconds(300), $"seeding took {seeder.Elapsed} (under 30 s on an idle machine; this bound only catches a runaway on a loaded one: 180 s was hit at load 15)");
    }

    [Fact]
    public async Task DemoBook_RequiredEvidenceEnforced_SeedsEvidenceAndMoneyStates()
    {
        await using var app = Seeded();
        var seeder = app.Services.GetRequiredService<DemoBookSeeder>();
        var options = app.Services.GetRequiredService<EvidenceOptions>();

        var attachments = await app.WithDbAsync(db => db.Set<Attachment>().AsNoTracking().ToListAsync());
        var claims = await app.WithDbAsync(db => db.Claims.AsNoTracking().ToListAsync());
        var payments = await app.WithDbAsync(db => db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Kind == TransactionKind.Payment).ToListAsync());
        var exported = await app.WithDbAsync(db => db.Set<PaymentExportLine>().CountAsync());
        var payees = await app.WithDbAsync(db => db.Set<Payee>().Select(p => p.ClaimId).ToListAsync());
        var pending = await app.WithDbAsync(db => db.Set<ReserveRequest>().CountAsync(r => r.Status == ReserveRequestStatus.Pending));
        var open = await app.WithDbAsync(db => db.WorkTasks.Where(t => t.Status == WorkTaskStatus.Open).Select(t => t.Kind + "/" + (t.AssigneeUser ?? t.AssigneeRole)).ToListAsync());
        var fraud = await app.WithDbAsync(db => db.Set<FraudAssessment>().AsNoTracking().ToListAsync());
        var surveying = claims.Where(c => c.Status is ClaimStatus.Surveying or ClaimStatus.Estimated or ClaimStatus.Notified).ToList();
        var shortOfEvidence = surveying.Where(c => options.Required.Missing(c.Cause, attachments.Where(a => a.ClaimId == c.Id).GroupBy(a => a.Category)
            .ToDictionary(g => g.Key, g => g.Count())).Count > 0 && attachments.Any(a => a.ClaimId == c.Id)).ToList();
        output.WriteLine($"Seeded in {seeder.Elapsed.TotalSeconds:0.0} s with required evidence enforced; failures: {string.Join("; ", seeder.Failures)}");
        output.WriteLine($"{attachments.Count} attachments ({attachments.Count(a => a.IsPhoto)} photos, {attachments.Sum(a => a.Size):N0} bytes), " +
            $"{payments.Count} payments ({payments.Sum(p => p.Amount.Amount):N2}), {exported} exported, {payees.Count} payees, {pending} reserve changes pending");

        Assert.True(options.EnforceRequired);
        Assert.Empty(seeder.Failures);
        Assert.DoesNotContain(claims.Where(c => c.Status == ClaimStatus.Closed && c.PaidAmount != null),
            c => options.Required.Missing(c.Cause, attachments.Where(a => a.ClaimId == c.Id).GroupBy(a => a.Category).ToDictionary(g => g.Key, g => g.Count())).Count > 0);
        Assert.All(attachments.Where(a => a.IsPhoto), a => Assert.True(a is { TakenAtUtc: not null, Latitude: not null, Width: 160 }, a.FileName));
        Assert.All(attachments, a => Assert.InRange(a.Size, 100, 8_000));
        Assert.NotEmpty(shortOfEvidence);
        Assert.Contains(fraud, f => f.Fired.Any(i => i.Indicator == FraudIndicator.ReusedPhoto));
        Assert.Contains(claims, c => c.Status == ClaimStatus.Closed && payees.Contains(c.Id));
        Assert.Contains(claims, c => c.Status == ClaimStatus.Approved && payments.Any(p => p.ClaimId == c.Id && !p.Final));
        Assert.Contains("Settlement/adjuster", open);
        Assert.Contains("ReserveApproval/SeniorAdjuster", open);
        Assert.Equal(1, pending);
        Assert.True(exported > 0 && exported < payments.Count, $"{exported} of {payments.Count} payments exported");
    }

    [Fact]
    public async Task DemoBook_SecondStart_DoesNotSeedAgain()
    {
        await using var app = Seeded();
        var claims = await app.WithDbAsync(db => db.Claims.CountAsync());

        await app.WithDbAsync(async db => { await app.Services.GetRequiredService<DemoBookSeeder>().SeedAsync(db, CancellationToken.None); return 0; });

        Assert.Equal(claims, await app.WithDbAsync(db => db.Claims.CountAsync()));
    }

    public static ClaimsAppFactory Seeded(bool randomAudits = true)
    {
        var app = ClaimsAppFactory.WithSqlite();
        if (!randomAudits)
        {
            app.Settings["Reinspection:RandomShare"] = "0";
        }

        app.Settings["Demo:Seed"] = "true";
        app.Settings["Demo:Book"] = "true";
        // The book seeds on the shipped default: estimates are submitted with their required evidence.
        app.Settings["Evidence:EnforceRequired"] = "true";
        app.Settings["Demo:AsOf"] = AsOf.ToString("O");
        app.Settings["Scheduling:Enabled"] = "false";
        _ = app.Services;
        return app;
    }

    /// <summary>The fingerprint once the relay has sent what the book left it (the renewal notices, whose consumer batches).</summary>
    private static async Task<List<string>> SettledFingerprintAsync(ClaimsAppFactory app)
    {
        await Eventually.WaitAsync(() => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0,
            what: "the outbox to drain", timeout: TimeSpan.FromSeconds(120));
        var before = await app.WithDbAsync(Fingerprint);
        for (var i = 0; i < 30; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var after = await app.WithDbAsync(Fingerprint);
            if (after.SequenceEqual(before))
            {
                return after;
            }

            before = after;
        }

        return before;
    }

    /// <summary>Counts and amounts by state.</summary>
    private static async Task<List<string>> Fingerprint(ClaimsDbContext db) =>
    [
        .. (await db.Proposals.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync()).OrderBy(g => g.Key).Select(g => $"proposals {g.Key}: {g.Count}"),
        .. (await db.Policies.ToListAsync()).GroupBy(p => p.Status).OrderBy(g => g.Key).Select(g => $"policies {g.Key}: {g.Count()}, premium {g.Sum(p => p.Premium)}"),
        .. (await db.Claims.ToListAsync()).GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"claims {g.Key}: {g.Count()}, paid {g.Sum(c => c.PaidAmount ?? 0)}"),
        .. (await db.ReinspectionAudits.ToListAsync()).GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"audits {g.Key}: {g.Count()}, paid {g.Sum(a => a.PaidAmount)}"),
        $"surveys answered: {await db.Surveys.CountAsync(s => s.AnsweredAt != null)} of {await db.Surveys.CountAsync()}",
        .. (await db.WorkTasks.Where(t => t.Status == WorkTaskStatus.Open).Select(t => t.Kind).ToListAsync()).GroupBy(k => k).OrderBy(g => g.Key)
            .Select(g => $"open {g.Key}: {g.Count()}"),
    ];
}
