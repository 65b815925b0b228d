using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals.Contracts;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Renewals;

/// <summary>
/// The daily renewal sweep: for each policy in the reminder window it records the stage due today and queues a
/// <see cref="RenewalReminderDue"/> in the same transaction. Idempotent (a stage already recorded is not due), so a
/// retried or taken-over run sends nothing twice.
/// </summary>
public sealed class RenewalSweep(IServiceScopeFactory scopes, RenewalOptions options, TimeProvider time, ILogger<RenewalSweep> logger) : IDailyJob
{
    public const string JobName = "renewals.sweep";

    public string Name => JobName;

    public TimeOnly RunAfter => options.SweepAfter;

    public async Task<string> RunAsync(DateOnly runDate, CancellationToken ct)
    {
        var schedule = options.Schedule();
        var (checkedCount, recorded) = (0, 0);
        // Day by day keeps each batch to the policies of one expiry date: small, indexed, and memory stays flat.
        for (var expiry = runDate.AddDays(-schedule.GraceDays); expiry <= runDate.AddDays(schedule.MaxLeadDays); expiry = expiry.AddDays(1))
        {
            var (c, r) = await SweepExpiryDateAsync(expiry, runDate, schedule, ct);
            checkedCount += c;
            recorded += r;
        }

        logger.LogInformation("Renewal sweep {Date}: {Checked} policies checked, {Recorded} reminders queued", runDate, checkedCount, recorded);
        return $"{checkedCount} checked, {recorded} queued";
    }

    private async Task<(int Checked, int Recorded)> SweepExpiryDateAsync(DateOnly expiry, DateOnly today, RenewalSchedule schedule, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var tiers = scope.ServiceProvider.GetRequiredService<ITierLookup>();
        var policies = await db.Set<Policy>().AsNoTracking()
            // Renewed, cancelled and lapsed policies get no more reminders.
            .Where(p => p.ExpiryDate == expiry && p.RenewedByPolicyId == null && p.Status != PolicyStatus.Cancelled && p.Status != PolicyStatus.Lapsed)
            .Select(p => new { p.Id, p.PolicyholderId })
            .ToListAsync(ct);
        if (policies.Count == 0)
        {
            return (0, 0);
        }

        var recorded = 0;
        foreach (var batch in policies.Chunk(options.BatchSize))
        {
            var ids = batch.Select(p => p.Id).ToList();
            var sent = (await db.Set<RenewalReminder>().AsNoTracking().Where(r => ids.Contains(r.PolicyId)).Select(r => new { r.PolicyId, r.Stage }).ToListAsync(ct))
                .ToLookup(r => r.PolicyId, r => r.Stage);
            var tierOf = await tiers.TiersAsync(batch.Select(p => p.PolicyholderId).Distinct().ToList(), ct);
            var now = time.GetUtcNow().UtcDateTime;
            var reminders = new List<RenewalReminder>();
            foreach (var policy in batch)
            {
                var decision = RenewalStages.Due(expiry, tierOf.GetValueOrDefault(policy.PolicyholderId), today, sent[policy.Id].ToHashSet(), schedule);
                if (decision is not null)
                {
                    reminders.Add(RenewalReminder.Record(policy.Id, decision, now));
                }
            }

            if (reminders.Count == 0)
            {
                continue;
            }

            var outbox = reminders.Select(r => OutboxWriter.Create(
                new RenewalReminderDue(r.Id, r.PolicyId, r.Stage.ToString(), r.DueOn, r.CallTask), now)).ToList();
            // SQL Server's retrying strategy refuses a transaction begun outside it; inside, a transient fault replays the batch.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                await db.InsertManyAsync(reminders, token);
                await db.InsertManyAsync(outbox, token);
                await transaction.CommitAsync(token);
            }, ct);
            recorded += reminders.Count;
        }

        return (policies.Count, recorded);
    }
}
