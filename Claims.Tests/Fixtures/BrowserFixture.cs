using Microsoft.Playwright;

namespace Claims.Tests.Fixtures;

/// <summary>One headless Debian Chromium for the browser tests (no Playwright browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The one browser of the collection, for <see cref="CloseContextsAsync"/>.</summary>
    private static BrowserFixture? s_shared;

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: scripts/test.sh installs Debian's chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        s_shared = this;
    }

    /// <summary>
    /// Closes every open context and its pages. The collection runs one test at a time, so when a test ends every open
    /// context is that test's. Left open, a Studio page keeps its WebAssembly app running (13–20 % of a core each): a
    /// suite run had 74 renderers alive by its 67th minute, and the last browser tests ran ten times slower.
    /// </summary>
    public static async Task CloseContextsAsync()
    {
        foreach (var context in s_shared?.Browser.Contexts.ToList() ?? [])
        {
            await context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Screenshots and traces go here so CI keeps them.</summary>
    public static string ArtifactPath(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
