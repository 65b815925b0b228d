using Claims.Tests.Fixtures;

namespace Claims.Tests.Browser;

/// <summary>A browser test: when it ends (xUnit runs <see cref="IAsyncLifetime"/> per test), the pages it opened are closed.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => BrowserFixture.CloseContextsAsync();
}
