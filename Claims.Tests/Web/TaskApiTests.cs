using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Contracts;
using Claims.Workflows.Messaging;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

public sealed class TaskApiTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task CompleteTask_OwnRole_ClosesTaskAndQueuesCompletionInOutbox()
    {
        var id = await AddTaskAsync(Roles.LossAdjuster);
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");

        var response = await adjuster.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "Approve", data = new { amount = 1200.5m } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var task = await db.WorkTasks.SingleAsync(t => t.Id == id);
        Assert.Equal(WorkTaskStatus.Completed, task.Status);
        Assert.Equal("adjuster", task.CompletedBy);
        var outbox = await db.OutboxMessages.Where(m => m.MessageType == OutboxWriter.MessageTypeName(typeof(WorkTaskCompleted))).ToListAsync();
        var message = JsonSerializer.Deserialize<WorkTaskCompleted>(Assert.Single(outbox, m => m.Body.Contains(id.ToString())).Body, JsonDefaults.Options)!;
        Assert.Equal("Approve", message.Outcome);
        Assert.Contains("1200.5", message.DataJson);
    }

    [Fact]
    public async Task CompleteTask_Twice_SecondAnswers409()
    {
        var id = await AddTaskAsync(Roles.LossAdjuster);
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        await adjuster.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "Approve" });

        var second = await adjuster.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "Reject" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CompleteTask_OtherRolesTask_AnswersLikeAMissingTask()
    {
        var id = await AddTaskAsync(Roles.LossAdjuster);
        var agent = await ApiClients.ForAsync(_app, "agent");

        var response = await agent.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "Approve" });
        var missing = await agent.PostAsJsonAsync($"/api/tasks/{Guid.NewGuid()}/complete", new { outcome = "Approve" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        var missingDetail = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Equal(missingDetail!.Replace(missingDetail.Split(' ')[1], "ID"), detail!.Replace(detail.Split(' ')[1], "ID"));
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(WorkTaskStatus.Open, (await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().WorkTasks.SingleAsync(t => t.Id == id)).Status);
    }

    [Fact]
    public async Task CompleteTask_UnknownOutcome_Answers400AndLeavesTaskOpen()
    {
        var id = await AddTaskAsync(Roles.LossAdjuster);
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");

        var response = await adjuster.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "Maybe" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var task = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().WorkTasks.SingleAsync(t => t.Id == id);
        Assert.Equal(WorkTaskStatus.Open, task.Status);
    }

    [Fact]
    public async Task ListTasks_AgentAndAdjuster_EachSeeOnlyTheirQueue()
    {
        var adjusterTask = await AddTaskAsync(Roles.LossAdjuster);
        var agentTask = await AddTaskAsync(Roles.Agent);

        var forAdjuster = await (await ApiClients.ForAsync(_app, "adjuster")).GetFromJsonAsync<JsonElement[]>("/api/tasks");
        var forAgent = await (await ApiClients.ForAsync(_app, "agent")).GetFromJsonAsync<JsonElement[]>("/api/tasks");

        Assert.Contains(forAdjuster!, t => t.GetProperty("id").GetGuid() == adjusterTask);
        Assert.DoesNotContain(forAdjuster!, t => t.GetProperty("id").GetGuid() == agentTask);
        Assert.Contains(forAgent!, t => t.GetProperty("id").GetGuid() == agentTask);
    }

    [Fact]
    public async Task Api_Anonymous_Answers401ProblemDetails()
    {
        var response = await _app.CreateClient().GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<Guid> AddTaskAsync(string role)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var task = WorkTask.Open("Survey", "Claim C-1 survey", role, null, DateTime.UtcNow, DateTime.UtcNow.AddDays(2), "/claims/C-1", ["Approve", "Reject"]);
        db.WorkTasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }

    public void Dispose() => _app.Dispose();
}
