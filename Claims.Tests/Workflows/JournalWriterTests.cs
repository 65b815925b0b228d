using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Workflows.EngineHosting;

namespace Claims.Tests.Workflows;

/// <summary>The journal on SQLite goes in through one reused INSERT inside the business change's transaction (issue 20 item 7).</summary>
public sealed class JournalWriterTests : IAsyncDisposable
{
    private readonly ClaimsAppFactory _app = ClaimsAppFactory.WithSqlite();

    [Fact]
    public async Task Start_OnSqlite_JournalWrittenBesideEfCoreWithTheSameValues()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("journal-writer").Build());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var before = DateTime.UtcNow.AddSeconds(-1);
        var id = (await scope.ServiceProvider.GetRequiredService<WorkflowHost>().StartAsync("journal-writer")).InstanceId!.Value;

        Assert.NotEmpty(db.ChangeTracker.Entries<JournalRecord>());
        await db.SaveChangesAsync();

        // EF Core inserted none of them (it would track them, with their keys); the rows are there, found by EF queries.
        Assert.Empty(db.ChangeTracker.Entries<JournalRecord>());
        var rows = await JournalAsync(id);
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Select(r => r.Sequence).Distinct().Count());
        Assert.All(rows, r => Assert.True(r.Id > 0 && r.Timestamp >= before && r.Timestamp <= DateTime.UtcNow.AddSeconds(1)));
        Assert.Contains(rows, r => r.ActivityId == "review" && r.ActivityType.Length > 0 && r.EventName.Length > 0);
    }

    [Fact]
    public async Task Save_LosesConcurrencyRace_JournalNotWrittenAndBackOnTheUnitOfWork()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("journal-race").Build());
        var id = await StartSavedAsync("journal-race");
        var bookmark = await BookmarkAsync(id);
        var journal = (await JournalAsync(id)).Count;

        await using var a = _app.Services.CreateAsyncScope();
        await using var b = _app.Services.CreateAsyncScope();
        await a.ServiceProvider.GetRequiredService<WorkflowHost>().ResumeAsync(bookmark, new("Approve"));
        await b.ServiceProvider.GetRequiredService<WorkflowHost>().ResumeAsync(bookmark, new("Approve"));
        var loser = b.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        await a.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        var staged = loser.ChangeTracker.Entries<JournalRecord>().Count();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => loser.SaveChangesAsync());

        // As EF Core leaves its own rows after a failed save: still added; a cleared unit of work writes nothing more.
        Assert.Equal(staged, loser.ChangeTracker.Entries<JournalRecord>().Count(e => e.State == EntityState.Added));
        var afterWinner = (await JournalAsync(id)).Count;
        loser.ChangeTracker.Clear();
        await loser.SaveChangesAsync();
        Assert.Equal(afterWinner, (await JournalAsync(id)).Count);
        Assert.Equal(journal + staged, afterWinner);
    }

    [Fact]
    public async Task Save_InCallerTransaction_JournalCommitsAndRollsBackWithIt()
    {
        await PublishAsync(_app, FlowchartBuilder.SingleTask("journal-tx").Build());

        var rolledBack = await StartInTransactionAsync("journal-tx", commit: false);
        var committed = await StartInTransactionAsync("journal-tx", commit: true);

        Assert.Empty(await JournalAsync(rolledBack));
        Assert.NotEmpty(await JournalAsync(committed));
    }

    private async Task<Guid> StartInTransactionAsync(string definitionId, bool commit)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var id = (await scope.ServiceProvider.GetRequiredService<WorkflowHost>().StartAsync(definitionId)).InstanceId!.Value;
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return id;
    }

    private async Task<Guid> StartSavedAsync(string definitionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var id = (await scope.ServiceProvider.GetRequiredService<WorkflowHost>().StartAsync(definitionId)).InstanceId!.Value;
        await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SaveChangesAsync();
        return id;
    }

    private async Task<List<JournalRecord>> JournalAsync(Guid instanceId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<JournalRecord>().AsNoTracking()
            .Where(j => j.WorkflowInstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync();
    }

    private async Task<Guid> BookmarkAsync(Guid instanceId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Set<BookmarkRecord>()
            .Where(b => b.WorkflowInstanceId == instanceId).Select(b => b.Id).SingleAsync();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
