using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;

namespace Claims.Tests.Messaging;

/// <summary>Relays on several nodes claim rows, never the same ones (PostgreSQL, a database per test, relay switched off so the test drives it).</summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxClaimTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ClaimsAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync()) { Settings = { ["Messaging:RelayEnabled"] = "false" } };
        _ = _app.Services;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task OutboxClaims_TwoRelaysAtOnce_ClaimDisjointRows()
    {
        var now = DateTime.UtcNow;
        await AddMessagesAsync(200, now);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _app.WithDbAsync(db =>
            OutboxClaims.ClaimAsync(db, now.AddSeconds(1), 120, TimeSpan.FromMinutes(1), $"test#{Guid.NewGuid():N}", default))));

        var ids = claims.SelectMany(c => c.Select(m => m.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(200, ids.Count); // 4 × 120 ≥ 200: the first claims take the rows, later ones find the rest
    }

    [Fact]
    public async Task OutboxClaims_LeaseRunning_RowNotClaimedAgainUntilItEnds()
    {
        var now = DateTime.UtcNow;
        await _app.WithDbAsync(db =>
        {
            db.OutboxMessages.Add(OutboxMessage.Create(Guid.NewGuid(), "T, A", "{}", now));
            return db.SaveChangesAsync();
        });
        var lease = TimeSpan.FromSeconds(30);

        var first = await _app.WithDbAsync(db => OutboxClaims.ClaimAsync(db, now, 10, lease, $"test#{Guid.NewGuid():N}", default));
        var during = await _app.WithDbAsync(db => OutboxClaims.ClaimAsync(db, now + lease / 2, 10, lease, $"test#{Guid.NewGuid():N}", default));
        var after = await _app.WithDbAsync(db => OutboxClaims.ClaimAsync(db, now + lease + TimeSpan.FromSeconds(1.5), 10, lease, $"test#{Guid.NewGuid():N}", default));

        Assert.Single(first);
        Assert.Empty(during);
        Assert.Equal(first[0].Id, Assert.Single(after).Id);
    }

    private Task AddMessagesAsync(int count, DateTime now) => _app.WithDbAsync(db =>
    {
        for (var i = 0; i < count; i++)
        {
            db.AddOutboxMessage(TestTasks.Completed(), now);
        }

        return db.SaveChangesAsync();
    });
}
