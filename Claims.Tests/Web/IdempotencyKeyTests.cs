using System.Net;
using System.Net.Http.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Idempotency;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Web;

/// <summary>
/// A create retried with its Idempotency-Key creates once and answers as the first time (issue 17: a client that lost the
/// answer to a committed start created a second instance). PostgreSQL, so parallel retries really race.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class IdempotencyKeyTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Definition = "idempotent-start";
    private ClaimsAppFactory _app = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync());
        await PublishAsync(_app, FlowchartBuilder.SingleTask(Definition).Build());
        _admin = await ApiClients.ForAllRolesAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task StartWorkflow_RetriedWithTheSameKey_ReplaysTheFirstAnswerAndCreatesOnce()
    {
        using var first = await StartAsync(_admin, "key-1", new { businessObjectName = "claim", businessObjectId = "C-1" });
        using var retry = await StartAsync(_admin, "key-1", new { businessObjectName = "claim", businessObjectId = "C-1" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains(IdempotencyKeys.ReplayedHeader));
        Assert.Equal(1, await InstancesAsync());
    }

    [Fact]
    public async Task StartWorkflow_ParallelRetriesWithOneKey_CreateOneInstanceAndAllGetItsAnswer()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => StartAsync(_admin, "key-parallel", new { })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await InstancesAsync());
    }

    [Fact]
    public async Task StartWorkflow_SameKeyAnotherBody_Is422ProblemAndCreatesNothing()
    {
        using var first = await StartAsync(_admin, "key-2", new { businessObjectName = "claim", businessObjectId = "C-2" });
        using var other = await StartAsync(_admin, "key-2", new { businessObjectName = "claim", businessObjectId = "C-3" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await InstancesAsync());
    }

    [Fact]
    public async Task StartWorkflow_SameKeyTwoUsersOrNoKey_EachRequestCreates()
    {
        var otherAdmin = await ApiClients.ForRolesAsync(_app, "admin.two", Roles.Admin);

        using var mine = await StartAsync(_admin, "key-3", new { });
        using var theirs = await StartAsync(otherAdmin, "key-3", new { });
        using var unkeyed1 = await StartAsync(_admin, null, new { });
        using var unkeyed2 = await StartAsync(_admin, null, new { });

        Assert.All([mine, theirs, unkeyed1, unkeyed2], r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(4, await InstancesAsync());
    }

    [Fact]
    public async Task DeliverMessage_RetriedWithTheSameKey_QueuesOneMessage()
    {
        var body = new { name = "idempotency-probe", correlationId = "claim:C-9", payload = new { } };

        using var first = await PostAsync(_admin, "/api/workflow-messages", "key-4", body);
        using var retry = await PostAsync(_admin, "/api/workflow-messages", "key-4", body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Body.Contains("idempotency-probe"))));
    }

    [Fact]
    public async Task StartWorkflow_FirstRequestCommittedButItsAnswerLost_RetryGetsAFinalLostAnswerAndCreatesNothing()
    {
        using var first = await StartAsync(_admin, "key-lost", new { });
        // What a node killed between the commit and storing the answer leaves (chaos R2 found it): the key's row, unanswered.
        await _app.WithDbAsync(db => db.Set<IdempotencyRecord>().Where(r => r.Key == "key-lost").ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, (int?)null).SetProperty(r => r.Location, (string?)null).SetProperty(r => r.Body, (string?)null)));

        using var retry = await StartAsync(_admin, "key-lost", new { });

        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.Equal([IdempotencyKeys.LostAnswer], retry.Headers.TryGetValues(IdempotencyKeys.ReplayedHeader, out var replayed) ? replayed : []);
        Assert.Null(retry.Headers.RetryAfter);
        Assert.Equal(1, await InstancesAsync());
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient client, string? key, object body) =>
        PostAsync(client, $"/api/workflows/{Definition}/instances", key, body);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add(IdempotencyKeys.Header, key);
        }

        return client.SendAsync(request);
    }

    private Task<int> InstancesAsync() => _app.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => i.DefinitionId == Definition));
}
