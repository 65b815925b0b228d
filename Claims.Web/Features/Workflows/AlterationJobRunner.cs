using System.Text.Json;
using Claims.Web.ElsaApi;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Alterations;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Workflows;

/// <summary>
/// Runs one job of an alteration plan: stages the alterations on the instance and commits them with the job's result under the
/// instance's concurrency token. A resume that committed in between wins; the job then fails saying so and nothing is applied.
/// </summary>
public sealed class AlterationJobRunner(ClaimsDbContext db, WorkflowAlterations alterations, TimeProvider time)
{
    public const string LostRace = "The instance changed while it was being altered (a resume or another alteration committed first); nothing was applied. Submit again to retry it.";

    public async Task RunAsync(Guid jobId, CancellationToken ct)
    {
        if (await StageAsync(jobId, ct) is { } staged)
        {
            await CommitAsync(jobId, staged, ct);
        }
    }

    /// <summary>Null when the job is gone or done (a redelivery); else the result staged on the unit of work.</summary>
    public async Task<AlterationResult?> StageAsync(Guid jobId, CancellationToken ct)
    {
        var job = await db.Set<AlterationJobRecord>().SingleOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is not { Status: AlterationJobStatus.Pending })
        {
            return null;
        }

        var plan = await db.Set<AlterationPlanRecord>().AsNoTracking().SingleAsync(p => p.Id == job.PlanId, ct);
        var list = JsonSerializer.Deserialize<List<Alteration>>(plan.AlterationsJson, AlterationEndpoints.Json) ?? [];
        return await alterations.RunAsync(job.WorkflowInstanceId, list, dryRun: false, ct);
    }

    public async Task CommitAsync(Guid jobId, AlterationResult staged, CancellationToken ct)
    {
        if (!staged.Succeeded)
        {
            await FailAsync(jobId, staged, ct);
            return;
        }

        var job = await db.Set<AlterationJobRecord>().SingleAsync(j => j.Id == jobId, ct);
        job.Finish(staged, time.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await FailAsync(jobId, AlterationResult.Failed(staged.Log, LostRace), ct);
        }
    }

    /// <summary>Drops everything staged and records only the failure.</summary>
    private async Task FailAsync(Guid jobId, AlterationResult failed, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var job = await db.Set<AlterationJobRecord>().SingleAsync(j => j.Id == jobId, ct);
        job.Finish(failed, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
