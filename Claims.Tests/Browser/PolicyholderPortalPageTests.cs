using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Claims.Tests.Browser;

/// <summary>A policyholder reports a loss online, uploads two photos with a progress bar each and sees them; the adjuster sees thumbnails and EXIF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PolicyholderPortalPageTests : BrowserTest, IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly string _sms = Path.Combine(Path.GetTempPath(), $"claims-sms-{Guid.NewGuid():N}");
    private readonly LiveAppHost _app;

    public PolicyholderPortalPageTests(BrowserFixture browser)
    {
        _browser = browser;
        _app = new LiveAppHost(settings: new Dictionary<string, string?> { ["Sms:PickupFolder"] = _sms });
    }

    [Fact]
    public async Task ClaimOnline_ReportUploadTwoPhotos_StatusShowsThemAndAdjusterSeesExif()
    {
        var holder = await PortalScenarios.HolderAsync(_app, 3);
        var page = await _browser.Browser.NewPageAsync();
        await page.GotoAsync($"{_app.BaseUrl}/claim-online");
        await page.FillAsync("#policy-number", holder.PolicyNumber);
        await page.FillAsync("#plate", holder.Plate);
        await page.ClickAsync("#send-code");
        await page.WaitForSelectorAsync("#code-sent");
        var code = await PortalScenarios.MailedCodeAsync(_app.MailFolder, holder.Email);
        await page.FillAsync("#code", code);
        await page.FillAsync("#loss-at", DateTime.Now.AddDays(-1).ToString("yyyy-MM-ddTHH:mm"));
        await page.FillAsync("#loss-place", "Lujiazui Ring Road, Pudong");
        await page.FillAsync("#description", "Scraped by a turning bus; front bumper and wing damaged.");
        await page.ClickAsync("#report-loss");
        await page.WaitForURLAsync("**/claim-online/status/**");
        var statusUrl = page.Url;
        var number = await page.TextContentAsync("#claim-number");

        // Each file's bar, sampled on every change and kept in sessionStorage: the page reloads once both are in.
        await page.EvaluateAsync("""
            () => {
                sessionStorage.setItem('bars', '');
                new MutationObserver(() => {
                    const values = [...document.querySelectorAll('#photo-progress progress')].map(b => b.value).join(',');
                    sessionStorage.setItem('bars', sessionStorage.getItem('bars') + values + ' ');
                }).observe(document.getElementById('photo-progress'), { attributes: true, childList: true, subtree: true });
            }
            """);
        await page.SelectOptionAsync("#photo-category", "Damage");
        await page.FillAsync("#photo-position", "front bumper");
        await page.SetInputFilesAsync("#photo-files", new[]
        {
            new FilePayload { Name = "scene-gps.jpg", MimeType = "image/jpeg", Buffer = EvidencePhotos.SceneWithGps() },
            new FilePayload { Name = "wing.jpg", MimeType = "image/jpeg", Buffer = EvidencePhotos.Jpeg(7701, 800, 600) },
        });
        await page.ClickAsync("#photo-upload");
        await page.WaitForSelectorAsync("#photo-list li:nth-child(2)");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#photo-list img.thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("claim-online-status.png"), FullPage = true });
        var bars = await page.EvaluateAsync<string>("() => sessionStorage.getItem('bars')");
        var photos = await page.Locator("#photo-list li").AllInnerTextsAsync();
        var needed = await page.TextContentAsync("#needed-list");

        var claim = await _app.WithDbAsync(db => db.Claims.AsNoTracking().SingleAsync(c => c.Number == number));
        var adjuster = await _browser.Browser.NewPageAsync();
        await _app.SignInAsync(adjuster, claim.AssignedAdjuster!);
        await adjuster.GotoAsync($"{_app.BaseUrl}/Claims/{claim.Id}/Estimate");
        await adjuster.WaitForFunctionAsync("() => [...document.querySelectorAll('#evidence-list img.thumbnail')].length === 2 && [...document.querySelectorAll('#evidence-list img.thumbnail')].every(i => i.complete && i.naturalWidth > 0)");
        var rows = await adjuster.Locator("#evidence-list tbody tr").AllInnerTextsAsync();

        Assert.StartsWith($"{_app.BaseUrl}/claim-online/status/", statusUrl);
        Assert.Equal(ReportLossOnline.Reporter, claim.ReportedBy);
        Assert.Contains("100,100", bars);
        Assert.Contains(bars.Split(' '), b => b.Split(',').Length == 2 && b != "100,100");
        Assert.Equal(2, photos.Count);
        Assert.Contains(photos, p => p.Contains("scene-gps.jpg", StringComparison.Ordinal));
        Assert.Contains("Damage: 2 of 4", needed);
        var scene = Assert.Single(rows, r => r.Contains("scene-gps.jpg", StringComparison.Ordinal));
        Assert.Contains("2026-11-30 06:30", scene);
        Assert.Contains("31.24000, 121.49000", scene);
    }

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_sms))
        {
            Directory.Delete(_sms, recursive: true);
        }
    }
}
