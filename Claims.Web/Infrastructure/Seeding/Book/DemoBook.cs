using System.Security.Claims;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>
/// What every step of the demo book shares: its fixed random seed, its "as of" date and clock, the message pump, the
/// demo users by role, and task completion through the app's <see cref="TaskCompleter"/>.
/// </summary>
public sealed class DemoBook(IServiceProvider services, DateTime asOf, DemoMessagePump pump)
{
    public const int Seed = 20261204;

    /// <summary>The demo user who acts for a role (the first of the role in the demo users list).</summary>
    private static readonly Dictionary<string, string> UserOfRole = new()
    {
        [Roles.Agent] = "agent", [Roles.Underwriter] = "underwriter", [Roles.SeniorUnderwriter] = "senior.underwriter",
        [Roles.HeadOfficeUnderwriter] = "headoffice.underwriter", [Roles.LossAdjuster] = "adjuster", [Roles.SeniorAdjuster] = "senior.adjuster",
        [Roles.PriceChecker] = "price.checker", [Roles.Reinspector] = "reinspector", [Roles.Manager] = "manager", [Roles.Admin] = "admin",
    };

    public IServiceProvider Services { get; } = services;

    public Random Random { get; } = new(Seed);

    /// <summary>The book's moment (UTC): history lies before it, work in flight in the hours before it, so no task is overdue yet.</summary>
    public DateTime AsOf { get; } = DateTime.SpecifyKind(asOf, DateTimeKind.Utc);

    public DateOnly AsOfDate { get; } = DateOnly.FromDateTime(asOf);

    private int _serial;

    /// <summary>A number unique within the book (VINs, plates).</summary>
    public int NextSerial() => ++_serial;

    /// <summary>Moves the book's clock (never past <see cref="AsOf"/>).</summary>
    public DateTime At(DateTime utc)
    {
        var at = utc > AsOf ? AsOf.AddMinutes(-1) : utc;
        AsOfClock.Set(at);
        return at;
    }

    public static ClaimsPrincipal User(string userName, params string[] roles) =>
        new(new ClaimsIdentity([new Claim("name", userName), .. roles.Select(r => new Claim("role", r))], "demo", "name", "role"));

    public static string UserFor(string role) => UserOfRole[role];

    /// <summary>What a handler's refusal said, for the seeding log.</summary>
    public static string Describe(IResult? result) => result switch
    {
        ValidationProblem v => string.Join("; ", v.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
        ProblemHttpResult p => $"{p.StatusCode} {p.ProblemDetails.Title}: {p.ProblemDetails.Detail}",
        _ => result?.GetType().Name ?? "nothing",
    };

    /// <summary>Runs <paramref name="work"/> in a fresh scope (a fresh DbContext), as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task PumpAsync(CancellationToken ct) => pump.DrainAsync(ct);

    /// <summary>The open task of the instance (of that kind, when given), or null.</summary>
    public Task<WorkTask?> OpenTaskAsync(Guid? instanceId, string? kind = null) =>
        InScopeAsync(sp => BusinessTasks.OfInstance(sp.GetRequiredService<ClaimsDbContext>(), instanceId).AsNoTracking()
            .Where(t => t.Status == WorkTaskStatus.Open && (kind == null || t.Kind == kind))
            .OrderBy(t => t.CreatedAt).FirstOrDefaultAsync());

    /// <summary>Completes the instance's open task as the user it is for, then lets the workflow move on.</summary>
    public async Task<WorkTask> CompleteAsync(Guid? instanceId, string kind, string outcome, object? data, CancellationToken ct)
    {
        var task = await OpenTaskAsync(instanceId, kind) ?? throw new InvalidOperationException($"No open {kind} task on instance {instanceId}.");
        var user = task.AssigneeUser ?? UserFor(task.AssigneeRole ?? Roles.Admin);
        var json = data is null ? null : JsonSerializer.Serialize(data, JsonSerializerOptions.Web);
        var done = await InScopeAsync(sp => sp.GetRequiredService<TaskCompleter>()
            .CompleteAsync(task.Id, outcome, json, user, [task.AssigneeRole ?? Roles.Admin], ct));
        if (done.Result != CompletionResult.Completed)
        {
            throw new InvalidOperationException(
                $"{kind} task {task.Id} as {user}: {done.Result} {string.Join("; ", done.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")))}");
        }

        await PumpAsync(ct);
        return task;
    }
}
