using Claims.Tests.Fixtures;
using Xunit.Abstractions;
using static Claims.Tests.Browser.StudioPages;

namespace Claims.Tests.Browser;

/// <summary>
/// Designer boot on loopback with brotli: navigation start → the editor's canvas has drawn its nodes, with a cold
/// browser cache each time. docs/benchmarks.md ("Designer boot") records the figure; the time is measured and
/// written out, never asserted (a loaded machine would make it flaky). What is asserted: the canvas renders and the
/// brotli siblings are what travels.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerBootTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task DesignerBoot_ColdCache_RendersCanvasOverBrotli()
    {
        await ImportAsync(_app, "boot", [Node("s1", "Elsa.Start", 100, 100), Node("f1", "Elsa.Finish", 350, 100)], [Connection("s1", "Done", "f1")]);
        await MeasureAsync("boot", "designer-boot.txt");
    }

    /// <summary>Issue 16 measures the shipped motor-claim design, the largest canvas an underwriter opens.</summary>
    [Fact]
    public Task DesignerBoot_ShippedMotorClaim_ColdCache_RendersCanvasOverBrotli() => MeasureAsync("motor-claim", "designer-boot-motor-claim.txt");

    private async Task MeasureAsync(string definitionId, string artifact)
    {
        var nodes = (await LatestAsync(_app, definitionId))["root"]!["activities"]!.AsArray().Count;
        var timings = new List<double>();
        var megabytes = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var page = await SignInAsync(browser.Browser, _app, "underwriter"); // a new context: empty cache
            await OpenDesignerAsync(page, _app, definitionId);
            timings.Add(await page.EvaluateAsync<double>("() => performance.now()"));
            var transferred = await page.EvaluateAsync<double>(
                "() => performance.getEntriesByType('resource').reduce((s, e) => s + (e.transferSize || 0), 0) / 1048576");
            megabytes.Add(transferred);
            Assert.Equal(nodes, await page.Locator(".x6-node").CountAsync());
            output.WriteLine($"run {run + 1}: {timings[^1]:0} ms to canvas, {transferred:0.0} MB transferred");
            await page.Context.CloseAsync();
        }

        timings.Sort();
        var median = timings[1];
        output.WriteLine($"Designer boot ({definitionId}) median {median:0} ms (runs: {string.Join(", ", timings.Select(t => t.ToString("0")))}); load {LoadAverage()}");
        await File.WriteAllTextAsync(BrowserFixture.ArtifactPath(artifact), $"{median:0}\n");
        // Uncompressed, the runtime and assemblies weigh about 28 MB; with the .br siblings about 9 MB.
        Assert.All(megabytes, mb => Assert.InRange(mb, 1, 15));
    }

    /// <summary>The machine's 1-minute load average, printed beside the figure (Linux; "?" elsewhere).</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public void Dispose() => _app.Dispose();
}
