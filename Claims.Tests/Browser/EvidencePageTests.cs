using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.Playwright;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Browser;

/// <summary>The estimate page's evidence section: two photos uploaded with a progress bar, then thumbnails and EXIF facts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidencePageTests(BrowserFixture browser) : BrowserTest, IDisposable
{
    private readonly LiveAppHost _app = new();

    [Fact]
    public async Task EstimatePage_AdjusterUploadsTwoPhotos_ProgressThenThumbnailsAndExif()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 5);
        var reported = await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddHours(-4))).Content.ReadFromJsonAsync<JsonElement>();
        var id = reported.GetProperty("id").GetGuid();
        var page = await browser.Browser.NewPageAsync();
        await _app.SignInAsync(page, "adjuster");
        await page.GotoAsync($"{_app.BaseUrl}/Claims/{id}/Estimate");
        var missingBefore = await page.TextContentAsync("#evidence-missing");
        // The progress bar's states, kept in sessionStorage: the page reloads once the upload is in.
        await page.EvaluateAsync("""
            () => {
                sessionStorage.setItem('progress', '');
                const bar = document.getElementById('evidence-progress');
                new MutationObserver(() => sessionStorage.setItem('progress', sessionStorage.getItem('progress') + (bar.hidden ? 'h' : bar.value) + ' '))
                    .observe(bar, { attributes: true });
            }
            """);

        await page.SelectOptionAsync("#evidence-category", "Damage");
        await page.FillAsync("#evidence-position", "front bumper");
        await page.SetInputFilesAsync("#evidence-files", new[]
        {
            new FilePayload { Name = "scene-gps.jpg", MimeType = "image/jpeg", Buffer = EvidencePhotos.SceneWithGps() },
            new FilePayload { Name = "bumper.jpg", MimeType = "image/jpeg", Buffer = EvidencePhotos.Jpeg(501, 800, 600) },
        });
        await page.ClickAsync("#evidence-upload");
        await page.WaitForSelectorAsync("#evidence-list tbody tr:nth-child(2)");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#evidence-list img.thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("evidence-uploaded.png"), FullPage = true });

        var progress = await page.EvaluateAsync<string>("() => sessionStorage.getItem('progress')");
        var rows = await page.Locator("#evidence-list tbody tr").AllInnerTextsAsync();
        var thumbnails = await page.Locator("#evidence-list img.thumbnail").CountAsync();
        Assert.Contains("Damage: 0 of 4", missingBefore);
        Assert.Contains("100", progress);
        Assert.Equal(2, thumbnails);
        var scene = Assert.Single(rows, r => r.Contains("scene-gps.jpg", StringComparison.Ordinal));
        Assert.Contains("2026-11-30 06:30", scene);
        Assert.Contains("31.24000, 121.49000", scene);
        Assert.Contains("Damage · front bumper", scene);
        Assert.Contains("Damage: 2 of 4", await page.TextContentAsync("#evidence-missing"));
    }

    public void Dispose() => _app.Dispose();
}
