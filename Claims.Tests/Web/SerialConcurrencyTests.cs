using Claims.Domain.Common;
using Claims.Domain.Documents;
using Claims.Domain.Policies;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Documents;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Claims.Tests.Web;

public sealed class SqliteSerialConcurrencyTests(ITestOutputHelper output) : SerialConcurrencyTests(output), IAsyncLifetime
{
    private readonly ClaimsAppFactory _factory = ClaimsAppFactory.WithSqlite();

    protected override WebApplicationFactory<Program> App => _factory;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlSerialConcurrencyTests(PostgresFixture postgres, ITestOutputHelper output) : SerialConcurrencyTests(output), IAsyncLifetime
{
    private ClaimsAppFactory _factory = null!;

    protected override WebApplicationFactory<Program> App => _factory;

    public async Task InitializeAsync() => _factory = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync());

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}

/// <summary>Policy forms under load: every concurrent issue gets its own serial, and the register has no hole.</summary>
public abstract class SerialConcurrencyTests(ITestOutputHelper output)
{
    private const int Issues = 200;

    protected abstract WebApplicationFactory<Program> App { get; }

    [Fact]
    public async Task IssuePolicy_200ConcurrentFromOneRange_DistinctSerialsAndNoGap()
    {
        var agentCode = await NewAgentWithRangeAsync(50_001, 50_000 + Issues + 50);
        var proposals = await AcceptedProposalsAsync(agentCode, Issues);

        var results = await Task.WhenAll(proposals.Select(id => Task.Run(() => IssueWithRetryAsync(id))));

        output.WriteLine($"{Issues} issues took {results.Sum(r => r.Attempts)} attempts (max {results.Max(r => r.Attempts)} for one).");
        var serials = results.Select(r => r.Serial).ToList();
        Assert.Equal(Issues, serials.Distinct().Count());
        Assert.Equal(Enumerable.Range(50_001, Issues).Select(i => (long)i), serials.Order());
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var reconciliation = await DocumentRegisterQueries.ReconcileAsync(db, agentCode, DocumentType.PolicyForm, default);
        Assert.Equal((Issues + 50L, (long)Issues, 50L), (reconciliation.Allocated, reconciliation.Used, reconciliation.OnHand));
        Assert.Empty(reconciliation.Gaps);
        Assert.Equal(Issues, await db.Policies.CountAsync(p => p.FormSerial >= 50_001 && p.FormSerial <= 50_000 + Issues));
    }

    /// <summary>What the workflow consumer's retry does: a fresh unit of work per attempt until the save wins.</summary>
    private async Task<(long Serial, int Attempts)> IssueWithRetryAsync(Guid proposalId)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            var proposal = await db.Proposals.SingleAsync(p => p.Id == proposalId);
            var result = await scope.ServiceProvider.GetRequiredService<PolicyIssuer>().StageAsync(proposal, "test", default);
            try
            {
                await db.SaveChangesAsync();
                return (result.Policy!.FormSerial!.Value, attempt);
            }
            catch (DbUpdateException) when (attempt < 500)
            {
                await Task.Delay(Random.Shared.Next(1, Math.Min(200, 10 * attempt))); // jittered backoff thins the herd
            }
        }
    }

    private async Task<string> NewAgentWithRangeAsync(long from, long to)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        // The app runs without demo data: the region, the model and the head office → branch chain come first.
        db.Regions.Add(Region.Create("SH", "Shanghai"));
        db.VehicleModels.Add(VehicleModel.Create("VW-LAVIDA", "Volkswagen", "Lavida", null, 120_900m));
        var agent = Agent.Create(Guid.NewGuid(), "AG-SH-LOAD", "Load Test", "SH", "Shanghai Pudong");
        db.Agents.Add(agent);
        var stock = SerialRange.HeadOfficeStock(Guid.CreateVersion7(), DocumentType.PolicyForm, 1, 1_000_000, DateTime.UtcNow, "test");
        var branch = stock.AllocateTo(Guid.CreateVersion7(), HolderKind.Branch, "SH", 1, 100_000, [], DateTime.UtcNow, "test");
        db.SerialRanges.AddRange(stock, branch);
        await db.SaveChangesAsync();
        var (range, error) = await AllocateRange.AllocateAsync(db, new AllocateRange.Request(branch.Id, null, "Agent", agent.Code, from, to), "test", DateTime.UtcNow, default);
        Assert.True(range is not null, error);
        await db.SaveChangesAsync();
        return agent.Code;
    }

    private async Task<List<Guid>> AcceptedProposalsAsync(string agentCode, int count)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var agent = await db.Agents.SingleAsync(a => a.Code == agentCode);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var proposal = Proposal.Submit(Guid.CreateVersion7(), DateTime.UtcNow, agent, "load", start,
                new Proposer($"Holder {i}", "310101198001010000", new DateOnly(1980, 1, 1), new DateOnly(2000, 1, 1), "139 0000 0000", null, true),
                new ProposedVehicle($"LSVLAAD0{i:D9}", $"沪B{i:D5}", "VW-LAVIDA", start.AddYears(-1), 120_900m, VehicleUsage.Private, 5),
                [], [], 5, Cover.ThirdPartyLiability, 100_000m, 0m, 10m);
            proposal.RecordQuote(new Quote("T", 1_000m, [], []));
            proposal.RecordUnderwriting([], AuthorityDecision.Clean);
            db.Proposals.Add(proposal);
            ids.Add(proposal.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
