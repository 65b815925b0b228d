using System.Net.Http.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Workflows;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>The shipped referral-approval workflow, run as underwriters use it.</summary>
public sealed class ReferralApprovalTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();

    public ReferralApprovalTests()
    {
        _app.TestServices = s => s.AddSingleton<TimeProvider>(_time);
        // Only the test escalates: the background dispatcher would wake as soon as the fake clock moves and race it.
        _app.Settings["Workflows:TimersEnabled"] = "false";
    }

    [Fact]
    public async Task Referral_ReferredUpAndAcceptedBySenior_FinishesAccepted()
    {
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var underwriter = await ApiClients.ForRolesAsync(_app, "uw", Roles.Underwriter);
        var senior = await ApiClients.ForRolesAsync(_app, "suw", Roles.SeniorUnderwriter);
        var id = await StartAsync(admin, "referral-approval", new { input = new { reference = "P-2026-0042" } });

        var review = await OpenTaskAsync(_app, id);
        (await underwriter.PostAsJsonAsync($"/api/tasks/{review}/complete", new { outcome = "Refer", data = new { reason = "Sum insured above my authority" } })).EnsureSuccessStatusCode();
        var seniorTask = await Eventually.WaitAsync(() => OpenTaskOrNullAsync(id), t => t is { AssigneeRole: Roles.SeniorUnderwriter }, what: "the senior task");
        (await senior.PostAsJsonAsync($"/api/tasks/{seniorTask!.Id}/complete", new { outcome = "Accept" })).EnsureSuccessStatusCode();
        var instance = await FinishedAsync(admin, id);

        Assert.Equal("Referred: P-2026-0042", seniorTask.Subject);
        Assert.Equal(1, Count(instance, "Completed", "accepted"));
        Assert.Equal(0, Count(instance, "Started", "declined"));
    }

    [Fact]
    public async Task Review_OverdueByADay_EscalatesOnceToSeniorQueue()
    {
        var admin = await ApiClients.ForAllRolesAsync(_app);
        var id = await StartAsync(admin, "referral-approval", new { input = new { reference = "P-2026-0043" } });
        var dispatcher = _app.Services.GetRequiredService<WorkflowTimerDispatcher>();

        var early = await dispatcher.EscalateOverdueAsync(default);
        _time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var due = await dispatcher.EscalateOverdueAsync(default);
        var again = await dispatcher.EscalateOverdueAsync(default);
        var task = await OpenTaskOrNullAsync(id);

        Assert.Equal((0, 1, 0), (early, due, again));
        Assert.Equal(Roles.SeniorUnderwriter, task!.AssigneeRole);
        Assert.NotNull(task.EscalatedAt);
    }

    private async Task<WorkTask?> OpenTaskOrNullAsync(Guid instanceId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().WorkTasks.AsNoTracking()
            .SingleOrDefaultAsync(t => t.WorkflowInstanceId == instanceId && t.Status == WorkTaskStatus.Open);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
