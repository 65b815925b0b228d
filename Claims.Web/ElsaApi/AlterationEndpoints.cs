using System.Security.Claims;
using System.Text.Json;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Alterations;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>
/// Elsa's alterations API: a dry run says which instances a plan selects and what it would do to each; a submit stores the plan
/// with one job per instance and a durable message per job (outbox → consumer), so it survives restarts; GET shows progress.
/// </summary>
public static class AlterationEndpoints
{
    public sealed record InstanceCheck(Guid WorkflowInstanceId, bool CanApply, IReadOnlyList<string> Log);

    public sealed record DryRunResponse(List<Guid> WorkflowInstanceIds, int Count, int CanApplyCount, List<InstanceCheck> Instances);

    public sealed record SubmitResponse(Guid PlanId, int JobCount);

    public sealed record LogEntry(string Message, string LogLevel, DateTime? Timestamp);

    public sealed record JobView(Guid Id, Guid PlanId, Guid WorkflowInstanceId, string Status, List<LogEntry> Log, DateTime CreatedAt, DateTime? CompletedAt);

    public sealed record Progress(int Total, int Pending, int Completed, int Failed);

    public sealed record PlanView(
        Guid Id, JsonElement Alterations, JsonElement WorkflowInstanceFilter, string Status, string CreatedBy, DateTime CreatedAt, DateTime? CompletedAt);

    public sealed record PlanResponse(PlanView Plan, List<JobView> Jobs, Progress Progress);

    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public static void Map(RouteGroupBuilder api)
    {
        var alterations = api.MapGroup("/alterations").RequireAuthorization(Policies.WorkflowMonitors);
        alterations.MapPost("/dry-run", DryRun);
        alterations.MapPost("/submit", Submit).RequireAuthorization(Policies.Admins);
        alterations.MapGet("/{id:guid}", Get);
    }

    public static async Task<IResult> DryRun(AlterationPlanRequest plan, ClaimsDbContext db, WorkflowAlterations alterations, CancellationToken ct)
    {
        var errors = await AlterationPlans.ValidateAsync(plan, db, requireAlterations: false, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The alteration plan is not valid.");
        }

        return TypedResults.Ok(await DryRunAsync(plan, db, alterations, ct));
    }

    public static async Task<DryRunResponse> DryRunAsync(AlterationPlanRequest plan, ClaimsDbContext db, WorkflowAlterations alterations, CancellationToken ct)
    {
        var ids = await AlterationPlans.FindAsync(db, plan.Filter ?? new AlterationFilter(), ct);
        var checks = new List<InstanceCheck>();
        foreach (var id in ids)
        {
            var result = await alterations.RunAsync(id, plan.Alterations ?? [], dryRun: true, ct);
            checks.Add(new InstanceCheck(id, result.Succeeded, result.Log));
        }

        return new DryRunResponse(ids, ids.Count, checks.Count(c => c.CanApply), checks);
    }

    public static async Task<IResult> Submit(AlterationPlanRequest plan, ClaimsDbContext db, TimeProvider time, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = await AlterationPlans.ValidateAsync(plan, db, requireAlterations: true, ct);
        if (plan.Id is not null && !Guid.TryParse(plan.Id, out _))
        {
            errors["id"] = ["A plan id is a GUID."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The alteration plan is not valid.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var planId = plan.Id is null ? Guid.CreateVersion7(now) : Guid.Parse(plan.Id);
        if (await db.Set<AlterationPlanRecord>().AnyAsync(p => p.Id == planId, ct))
        {
            return TypedResults.Problem($"Alteration plan {planId} was submitted before.", statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(await SubmitAsync(plan, planId, db, user.UserName(), now, ct));
    }

    /// <summary>Stores a valid plan, a pending job per matching instance and the durable message that runs each job.</summary>
    public static async Task<SubmitResponse> SubmitAsync(AlterationPlanRequest plan, Guid planId, ClaimsDbContext db, string by, DateTime now, CancellationToken ct)
    {
        var ids = await AlterationPlans.FindAsync(db, plan.Filter ?? new AlterationFilter(), ct);
        db.Set<AlterationPlanRecord>().Add(AlterationPlanRecord.Create(planId,
            JsonSerializer.Serialize(plan.Alterations, Json), JsonSerializer.Serialize(plan.Filter ?? new AlterationFilter(), Json), by, ids.Count, now));
        foreach (var instanceId in ids)
        {
            var job = AlterationJobRecord.Create(Guid.CreateVersion7(now), planId, instanceId, now);
            db.Set<AlterationJobRecord>().Add(job);
            db.AddOutboxMessage(new RunAlterationJob(job.Id), now);
        }

        await db.SaveChangesAsync(ct);
        return new SubmitResponse(planId, ids.Count);
    }

    public static async Task<IResult> Get(Guid id, ClaimsDbContext db, CancellationToken ct) =>
        await FindAsync(db, id, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.Problem($"Alteration plan {id} does not exist.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<PlanResponse?> FindAsync(ClaimsDbContext db, Guid id, CancellationToken ct)
    {
        var plan = await db.Set<AlterationPlanRecord>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return null;
        }

        var jobs = await db.Set<AlterationJobRecord>().AsNoTracking().Where(j => j.PlanId == id).OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).ToListAsync(ct);
        var progress = new Progress(jobs.Count, jobs.Count(j => j.Status == AlterationJobStatus.Pending),
            jobs.Count(j => j.Status == AlterationJobStatus.Completed), jobs.Count(j => j.Status == AlterationJobStatus.Failed));
        var status = progress.Pending == 0 ? "Completed" : progress.Pending == progress.Total ? "Pending" : "Running";
        var view = new PlanView(plan.Id, JsonDocument.Parse(plan.AlterationsJson).RootElement, JsonDocument.Parse(plan.FilterJson).RootElement,
            status, plan.CreatedBy, plan.CreatedAt, progress.Pending == 0 ? jobs.Max(j => j.CompletedAt) ?? plan.CreatedAt : null);
        return new PlanResponse(view, [.. jobs.Select(ToView)], progress);
    }

    private static JobView ToView(AlterationJobRecord job)
    {
        var failed = job.Status == AlterationJobStatus.Failed;
        var lines = job.LogLines;
        var log = lines.Select((line, i) => new LogEntry(line, failed && i == lines.Count - 1 ? "Error" : "Information", job.CompletedAt)).ToList();
        return new JobView(job.Id, job.PlanId, job.WorkflowInstanceId, job.Status.ToString(), log, job.CreatedAt, job.CompletedAt);
    }
}
