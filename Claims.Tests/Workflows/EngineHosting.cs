using System.Net.Http.Json;
using System.Text.Json;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Definitions;
using Claims.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Workflows;

/// <summary>Shared steps of the engine's integration tests: publish a definition, read an instance, find its task.</summary>
internal static class EngineHosting
{
    public static async Task<string> PublishAsync(WebApplicationFactory<Program> app, string json)
    {
        var published = await TryPublishAsync(app, json);
        Assert.True(published.Outcome == SaveOutcome.Saved, string.Join("; ", published.Errors));
        return published.Record!.Id;
    }

    /// <summary>Saves a draft and publishes it; a refused publish is returned, not asserted.</summary>
    public static async Task<SaveResult> TryPublishAsync(WebApplicationFactory<Program> app, string json)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var definition = WorkflowDefinitionSerializer.Deserialize(json);
        await store.SaveDraftAsync(definition, "test", default);
        await db.SaveChangesAsync();
        var published = await store.PublishAsync(definition.DefinitionId, default);
        await db.SaveChangesAsync();
        return published;
    }

    public static async Task<JsonElement> InstanceAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{id}");

    public static Task<JsonElement> FinishedAsync(HttpClient client, Guid id, TimeSpan? timeout = null) =>
        Fixtures.Eventually.WaitAsync(() => InstanceAsync(client, id), i => i.GetProperty("status").GetString() == "Finished", timeout, $"instance {id} to finish");

    public static async Task<Guid> StartAsync(HttpClient client, string definitionId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/workflows/{definitionId}/instances", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    public static async Task<Guid> OpenTaskAsync(WebApplicationFactory<Program> app, Guid instanceId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        return await db.WorkTasks.Where(t => t.WorkflowInstanceId == instanceId && t.Status == Claims.Workflows.Tasks.WorkTaskStatus.Open)
            .Select(t => t.Id).SingleAsync();
    }

    public static int Count(JsonElement instance, string eventName, string activityId) =>
        instance.GetProperty("journal").EnumerateArray()
            .Count(j => j.GetProperty("event").GetString() == eventName && j.GetProperty("activityId").GetString() == activityId);
}
