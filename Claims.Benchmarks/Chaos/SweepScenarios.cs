using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// R1 and R6 during the renewal sweep (issue 17): a book of policies each at one reminder stage today, the sweep run by
/// node-b's daily-job scheduler (node-a schedules nothing), and node-b killed, or the broker cut, at 30 % of the sweep.
/// The audit counts reminders, outbox and inbox rows and the .eml notices per policy-stage.
/// </summary>
public static partial class SweepScenarios
{
    private static readonly TimeSpan FinishWithin = TimeSpan.FromMinutes(10);

    /// <summary>R1: kill -9 node-b (the node running the sweep) at 30 % of the sweep, restart it after <paramref name="down"/>; it takes its own stale run over.</summary>
    public static async Task<ChaosReport> KillDuringSweepAsync(int size, TimeSpan down, TextWriter log)
    {
        var report = new ChaosReport("r1-sweep", size);
        await using var cluster = await StartAsync(size, log);
        var victim = cluster.Nodes[^1];
        var clock = await SweepAsync(cluster, size, log, async () =>
        {
            victim.Kill();
            log.WriteLine($"kill -9 {victim.Name} at {await RecordedAsync(cluster)} of {size} reminders recorded");
            await Task.Delay(down);
            var restart = Stopwatch.StartNew();
            await victim.StartAsync(ChaosCluster.StartWithin);
            report.Add("killed node's restart took", restart.Elapsed);
        });
        await FinishAsync(cluster, report, size, clock, "kill");
        return report;
    }

    /// <summary>R6: the broker unreachable for <paramref name="down"/> from 30 % of the sweep; health watched throughout, no restart.</summary>
    public static async Task<ChaosReport> BrokerOutageDuringSweepAsync(int size, TimeSpan down, TextWriter log)
    {
        var report = new ChaosReport("r6-sweep", size);
        await using var cluster = await StartAsync(size, log);
        var clock = await SweepAsync(cluster, size, log, async () =>
        {
            await cluster.Broker.CutAsync();
            log.WriteLine($"broker cut at {await RecordedAsync(cluster)} of {size} reminders recorded, for {down.TotalSeconds} s");
            using var stop = new CancellationTokenSource();
            var watching = ChaosLoad.WatchHealthAsync(cluster.Nodes, stop.Token);
            await Task.Delay(down);
            var recorded = await RecordedAsync(cluster);
            await stop.CancelAsync();
            cluster.Broker.Open();
            log.WriteLine("broker back");
            report.Add("broker down", down);
            report.Add("reminders recorded when the broker came back", recorded);
            report.Add("health while the broker was down", string.Join("; ", (await watching).Select(s => $"{s.Key}: {string.Join(", ", s.Value)}")));
            var healthy = await ChaosLoad.WaitHealthyAsync(cluster.Nodes, TimeSpan.FromMinutes(3));
            report.Add("healthy again after the broker came back (no restart)", healthy is { } h ? $"{h.TotalSeconds:0.0} s" : "never (3 min)");
        });
        await FinishAsync(cluster, report, size, clock, "outage start");
        return report;
    }

    /// <summary>
    /// Two nodes; after node-a migrated, the book is seeded and today's sweep claimed by the harness (a long lease), so
    /// node-b's scheduler (lease 20 s, polling every second) cannot begin before the scenario releases the claim.
    /// </summary>
    private static Task<ChaosCluster> StartAsync(int size, TextWriter log) =>
        ChaosCluster.StartAsync(2, new Dictionary<string, string>
        {
            // About a hundred transactions per sweep, so 30 % falls mid-sweep at any size.
            ["Renewals:BatchSize"] = Math.Max(3, size / 100).ToString(CultureInfo.InvariantCulture),
            ["Renewals:SweepAfter"] = "00:00:00",
            ["Scheduling:Lease"] = "00:00:20",
            ["Scheduling:PollInterval"] = "00:00:01",
        }, beforeStart: node =>
        {
            if (node.Name == "node-b")
            {
                node.Own["Scheduling:Enabled"] = "true";
            }
        }, afterFirst: async cluster =>
        {
            var clock = Stopwatch.StartNew();
            await SeedAsync(cluster, size);
            log.WriteLine($"{size} policies seeded in {clock.Elapsed.TotalSeconds:0.0} s");
        });

    /// <summary>Policies spread over the default tier's 60-, 30- and 7-day stages, each due today, with an e-mail address each.</summary>
    private static async Task SeedAsync(ChaosCluster cluster, int size)
    {
        var book = await RenewalBook.SeedAsync(cluster, holdSweep: true);
        await book.AddPoliciesAsync(cluster, 0, size);
    }

    [GeneratedRegex(@"PS\d{8}")]
    internal static partial Regex PolicyNumberPattern();

    /// <summary>Lets node-b's scheduler take today's sweep, runs <paramref name="chaos"/> at 30 % of the reminders recorded; the clock from the chaos on.</summary>
    private static async Task<Stopwatch> SweepAsync(ChaosCluster cluster, int size, TextWriter log, Func<Task> chaos)
    {
        await cluster.WithDbAsync(db => db.Set<JobRun>().Where(r => r.JobName == RenewalSweep.JobName)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, DateTime.UtcNow.AddMinutes(-1))));
        log.WriteLine("today's sweep released to node-b's scheduler");
        var at = (int)(size * 0.3);
        var deadline = Stopwatch.StartNew();
        while (await RecordedAsync(cluster) < at)
        {
            if (deadline.Elapsed > FinishWithin)
            {
                throw new TimeoutException($"The sweep did not record {at} reminders within {FinishWithin}; see {cluster.Folder}.");
            }

            await Task.Delay(50);
        }

        var clock = Stopwatch.StartNew();
        await chaos();
        return clock;
    }

    private static Task<int> RecordedAsync(ChaosCluster cluster) => cluster.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync());

    /// <summary>Waits for every reminder recorded, its notice sent and the outbox empty, then audits.</summary>
    private static async Task FinishAsync(ChaosCluster cluster, ChaosReport report, int size, Stopwatch clock, string from)
    {
        var finished = false;
        while (clock.Elapsed < FinishWithin && !finished)
        {
            await Task.Delay(500);
            finished = await cluster.WithDbAsync(async db => await db.Set<RenewalReminder>().CountAsync(r => r.NoticeSentAt != null) >= size
                && !await db.OutboxMessages.AnyAsync(m => m.SentAt == null));
        }

        report.Add($"{from} to every notice sent", finished ? $"{clock.Elapsed.TotalSeconds:0.0} s" : $"not within {FinishWithin.TotalMinutes} min");
        await ChaosLoad.SettleAsync(cluster, TimeSpan.FromMinutes(2));
        var runs = await cluster.WithDbAsync(db => db.Set<JobRun>().AsNoTracking().SingleAsync(r => r.JobName == RenewalSweep.JobName));
        report.Add("sweep runs (attempts on today's claim, the harness's included)", runs.Attempts);
        report.Add("sweep's summary (last run)", runs.Summary ?? "not completed");
        report.SweepAudit = await SweepAudit.ReadAsync(cluster, size, PolicyNumberPattern());
    }
}

/// <summary>
/// What a sweep scenario left: every figure but <see cref="Policies"/>, <see cref="Reminders"/>, <see cref="NoticesSent"/>,
/// <see cref="ReminderMessages"/>, <see cref="InboxRows"/> and <see cref="Mails"/> (each the size) should be zero.
/// </summary>
public sealed record SweepAudit(
    int Policies,
    int Reminders,
    int PoliciesWithoutReminder,
    int DoubledReminders,
    int NoticesSent,
    int NoticesUnsent,
    int ReminderMessages,
    int DoubledReminderMessages,
    int UnsentOutbox,
    int InboxRows,
    int Mails,
    int PoliciesWithoutMail,
    int PoliciesWithTwoMails,
    int PartialMails)
{
    public int Missing => PoliciesWithoutReminder + NoticesUnsent + PoliciesWithoutMail;

    public int Doubled => DoubledReminders + DoubledReminderMessages + PoliciesWithTwoMails;

    public static Task<SweepAudit> ReadAsync(ChaosCluster cluster, int size, Regex policyNumber) => cluster.WithDbAsync(async db =>
    {
        var reminders = await db.Set<RenewalReminder>().AsNoTracking().Select(r => new { r.PolicyId, r.Stage, r.NoticeSentAt }).ToListAsync();
        var policies = await db.Policies.AsNoTracking().Select(p => p.Id).ToListAsync();
        var type = OutboxWriter.MessageTypeName(typeof(RenewalReminderDue));
        var messages = (await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == type).Select(m => m.Body).ToListAsync())
            .Select(b => JsonSerializer.Deserialize<RenewalReminderDue>(b, JsonDefaults.Options)!).ToList();
        var inbox = await db.InboxMessages.AsNoTracking().CountAsync(i => i.Consumer == RenewalReminderDueConsumer.InboxName);
        var folder = Path.Combine(cluster.Folder, "mail");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
        var mails = files.Where(f => f.EndsWith(".eml", StringComparison.Ordinal))
            .Select(f => MimeKit.MimeMessage.Load(f)).Select(m => policyNumber.Match($"{m.Subject} {m.TextBody}").Value).ToList();
        var perPolicy = mails.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        var withReminder = reminders.Select(r => r.PolicyId).ToHashSet();
        return new SweepAudit(
            policies.Count,
            reminders.Count,
            policies.Count(p => !withReminder.Contains(p)),
            reminders.GroupBy(r => new { r.PolicyId, r.Stage }).Count(g => g.Count() > 1),
            reminders.Count(r => r.NoticeSentAt != null),
            reminders.Count(r => r.NoticeSentAt == null),
            messages.Count,
            messages.GroupBy(m => m.ReminderId).Count(g => g.Count() > 1),
            await db.OutboxMessages.CountAsync(m => m.SentAt == null),
            inbox,
            mails.Count,
            Enumerable.Range(0, size).Count(i => !perPolicy.ContainsKey(string.Create(CultureInfo.InvariantCulture, $"PS{i:D8}"))),
            perPolicy.Count(p => p.Value > 1),
            files.Count(f => f.EndsWith(".partial", StringComparison.Ordinal)));
    });

    public IEnumerable<(string Name, object Value)> Lines() =>
    [
        ("policies", Policies), ("reminders recorded", Reminders), ("missing: policies without a reminder", PoliciesWithoutReminder),
        ("doubled: reminders for one policy-stage", DoubledReminders), ("notices marked sent", NoticesSent), ("missing: reminders whose notice is unsent", NoticesUnsent),
        ("reminder messages queued (outbox)", ReminderMessages), ("doubled: reminder messages for one reminder", DoubledReminderMessages),
        ("outbox rows unsent", UnsentOutbox), ("inbox rows (notice consumer)", InboxRows), ("notice mails (.eml)", Mails),
        ("missing: policies without a notice mail", PoliciesWithoutMail), ("doubled: policies with two notice mails", PoliciesWithTwoMails),
        ("partial mail files (a write cut by a kill)", PartialMails),
    ];
}
