using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>Parsed definitions are shared across units of work for every version that can no longer change (issue 20 item 7).</summary>
public sealed class DefinitionCacheTests : IAsyncDisposable
{
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();

    [Fact]
    public async Task Load_SupersededVersion_ParsedOnceForEveryScope()
    {
        var json = FlowchartBuilder.SingleTask("cache-superseded").Build();
        var v1 = await PublishAsync(_app, json);
        var v2 = await PublishAsync(_app, json);

        // An instance still on v1 resumes on it: before, each such resume parsed v1's JSON again.
        Assert.NotEqual(v1, v2);
        Assert.Same(await LoadAsync(v1), await LoadAsync(v1));
        Assert.Same(await LoadAsync(v2), await LoadAsync(v2));
    }

    [Fact]
    public async Task Load_LatestDraft_ParsedAgainEachTime()
    {
        var json = FlowchartBuilder.SingleTask("cache-draft").Build();
        await PublishAsync(_app, json);
        string draft;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>()
                .SaveDraftAsync(Claims.Workflows.Definitions.WorkflowDefinitionSerializer.Deserialize(json), "test", default);
            await scope.ServiceProvider.GetRequiredService<Claims.Web.Infrastructure.Data.ClaimsDbContext>().SaveChangesAsync();
            draft = saved.Record!.Id;
        }

        // The draft can still be edited in place, so it is never shared.
        Assert.NotSame(await LoadAsync(draft), await LoadAsync(draft));
    }

    private async Task<Claims.Workflows.Definitions.WorkflowDefinition> LoadAsync(string versionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>().LoadAsync(versionId, default))!;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
