using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Activities;
using Claims.Workflows.Engine;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Claims.Tests.Workflows.EngineHosting;
using static Claims.Tests.Workflows.SubFlows;

namespace Claims.Tests.Workflows;

/// <summary>Two nodes on one PostgreSQL database and RabbitMQ: children dispatched by parents on node A run on either node and complete their parents.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SubWorkflowTwoNodeTests(PostgresFixture postgres, RabbitMqFixture rabbit, ITestOutputHelper output) : IClassFixture<RabbitMqFixture>
{
    private const int Parents = 30;

    [Fact]
    public async Task Dispatch_ParentsStartedOnNodeA_ChildrenRunOnNodeBAndEveryParentResumesOnce()
    {
        var database = await postgres.CreateDatabaseAsync();
        var prefix = RabbitMqFixture.NewQueuePrefix();
        await using var cleanup = new TwoNodeResumeTests.QueueCleanup(rabbit, prefix);
        await using var a = Node("a", database, prefix);
        _ = a.Services; // migrates before the second node starts
        await using var b = Node("b", database, prefix);
        _ = b.Services;
        await PublishAsync(a, new FlowchartBuilder("labelled-child", "Labelled child").Variable("RanOn", "String")
            .Activity("start", "Elsa.Start").Activity("label", "Test.NodeLabel").Activity("end", "Elsa.Finish")
            .Connect("start", "label").Connect("label", "end").Build());
        await PublishAsync(a, Parent("two-node-parent", "labelled-child"));
        var client = await ApiClients.ForAllRolesAsync(a);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var parents = new List<Guid>();
        for (var i = 0; i < Parents; i++)
        {
            parents.Add(await StartAsync(client, "two-node-parent"));
        }

        await Eventually.WaitAsync(() => a.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => i.DefinitionId == "two-node-parent" && i.Status == WorkflowStatus.Finished)),
            n => n == Parents, TimeSpan.FromSeconds(120), "every parent finished");
        output.WriteLine($"{Parents} parents on node A, children on both nodes, all parents resumed in {clock.ElapsedMilliseconds} ms");

        var ranOn = new List<string>();
        foreach (var parent in parents)
        {
            var state = await StateAsync(a, parent);
            ranOn.Add(state.Variables["Result"]!["RanOn"]!.GetValue<string>());
        }

        output.WriteLine($"children on node a: {ranOn.Count(n => n == "a")}, on node b: {ranOn.Count(n => n == "b")}");
        Assert.Contains("b", ranOn);
        var resumed = await a.WithDbAsync(db => db.Set<JournalRecord>().AsNoTracking()
            .Where(j => j.ActivityId == "dispatch" && j.EventName == nameof(JournalEvent.Resumed)).GroupBy(j => j.WorkflowInstanceId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(Parents, resumed.Count);
        Assert.All(resumed, n => Assert.Equal(1, n));
        Assert.Equal(Parents, await a.WithDbAsync(db => db.Set<WorkflowInstanceRecord>().CountAsync(i => i.DefinitionId == "labelled-child")));
        Assert.Equal(0, await a.WithDbAsync(db => db.Set<BookmarkRecord>().CountAsync(m => m.ConsumedAt == null)));
        Assert.Equal(0, await a.WithDbAsync(db => db.Set<IncidentRecord>().CountAsync()));
    }

    private static ClaimsAppFactory Node(string label, string database, string prefix) =>
        new(DatabaseProvider.PostgreSql, database, MessagingTransport.RabbitMq, prefix)
        {
            TestServices = s =>
            {
                ((ActivityRegistry)s.Last(d => d.ServiceType == typeof(ActivityRegistry)).ImplementationInstance!).Add<NodeLabelActivity>();
                s.AddSingleton(new NodeLabel(label));
            },
        };
}
