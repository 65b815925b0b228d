namespace Claims.Tests.Fixtures;

/// <summary>One started app over a temp SQLite file and the in-memory transport, shared by a test class.</summary>
public sealed class SqliteAppFixture : IAsyncLifetime
{
    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public Task InitializeAsync()
    {
        _ = App.Services; // starts the host: migrations, bus, relay
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
