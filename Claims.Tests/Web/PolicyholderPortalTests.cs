using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Claims.Domain.Portal;
using Claims.Domain.Renewals;
using Claims.Domain.Shops;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Claims.Tests.Builders.PortalScenarios;

namespace Claims.Tests.Web;

/// <summary>The demo app with its text messages in a temp folder and a rate limit the suite does not reach.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public string SmsFolder => App.MailFolder + "-sms";

    public Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        App.Settings["Scheduling:Enabled"] = "false";
        App.Settings["Sms:PickupFolder"] = SmsFolder;
        App.Settings["Portal:RequestsPerMinute"] = "10000";
        _ = App.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (Directory.Exists(SmsFolder))
        {
            Directory.Delete(SmsFolder, recursive: true);
        }
    }
}

/// <summary>The policyholder's online notice, status link, photos and mails, through the real pages and routes.</summary>
public sealed class PolicyholderPortalTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task AskCode_UnknownPolicyOrWrongPlate_SameAnswerNothingStoredOrSent()
    {
        var holder = await HolderAsync(_app, 20);
        var (mailsBefore, codesBefore) = (new PickupMailbox(_app.MailFolder).Count, await CodeCountAsync());

        var unknown = await AskCodeAsync(FormClient(_app), "PNOSUCH0000001", holder.Plate);
        var wrongPlate = await AskCodeAsync(FormClient(_app), holder.PolicyNumber, "沪Z·00000");

        Assert.Equal(Normalise(unknown), Normalise(wrongPlate));
        Assert.Contains("If these details match a policy, we have sent a code", unknown);
        Assert.Equal((mailsBefore, codesBefore), (new PickupMailbox(_app.MailFolder).Count, await CodeCountAsync()));
        Assert.False(Directory.Exists(fixture.SmsFolder) && Directory.GetFiles(fixture.SmsFolder).Any(f => File.ReadAllText(f).Contains(holder.PolicyNumber)));
    }

    [Fact]
    public async Task AskCode_MatchingPolicy_SameAnswerCodeMailedAndTextedHashedAtRest()
    {
        var holder = await HolderAsync(_app, 21);
        var unknown = await AskCodeAsync(FormClient(_app), "PNOSUCH0000002", holder.Plate);

        var page = await AskCodeAsync(FormClient(_app), holder.PolicyNumber, holder.Plate.Replace("·", " ", StringComparison.Ordinal).ToLowerInvariant());
        var code = await MailedCodeAsync(_app.MailFolder, holder.Email);

        Assert.Equal(Normalise(unknown), Normalise(page));
        Assert.Matches("^[0-9]{6}$", code);
        var texts = Directory.GetFiles(fixture.SmsFolder).Select(File.ReadAllText).Where(t => t.Contains(holder.PolicyNumber, StringComparison.Ordinal)).ToList();
        Assert.Contains(texts, t => t.Contains($"To: {holder.Phone}", StringComparison.Ordinal) && t.Contains(code, StringComparison.Ordinal));
        var stored = await _app.WithDbAsync(db => db.Set<OneTimeCode>().AsNoTracking().OrderByDescending(c => c.CreatedAt).FirstAsync());
        Assert.DoesNotContain(code, stored.Hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MailedCode_ClaimOnWebChannelStartsWorkflowAndStatusPageShowsIt()
    {
        var holder = await HolderAsync(_app, 22);
        var client = FormClient(_app);
        var page = await AskCodeAsync(client, holder.PolicyNumber, holder.Plate);
        var code = await MailedCodeAsync(_app.MailFolder, holder.Email);

        var reported = await ReportAsync(client, page, code);
        var again = await ReportAsync(client, page, code, "A second claim on the same code.");

        Assert.True(IsRedirectToStatus(reported), $"{reported.StatusCode} {reported.Headers.Location}");
        var claim = await _app.WithDbAsync(db => db.Claims.AsNoTracking().SingleAsync(c => c.PolicyNumber == holder.PolicyNumber && c.ReportedBy == ReportLossOnline.Reporter));
        Assert.Equal((NoticeChannel.Web, true), (claim.Channel, claim.WorkflowInstanceId is not null));
        Assert.NotEqual(ClaimStatus.Notified, claim.Status);
        Assert.Contains(ReportLossOnline.CodeRefused, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var status = await client.GetAsync(reported.Headers.Location);
        var html = await status.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains(claim.Number, html);
        Assert.Contains("data-step=\"Reported\"", html);
        Assert.Contains("Damage: 0 of 4", html);
    }

    [Fact]
    public async Task Report_FiveWrongCodes_RightCodeRefusedToo()
    {
        var holder = await HolderAsync(_app, 23);
        var client = FormClient(_app);
        var page = await AskCodeAsync(client, holder.PolicyNumber, holder.Plate);
        var code = await MailedCodeAsync(_app.MailFolder, holder.Email);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
        {
            var refused = await ReportAsync(client, page, wrong);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var right = await ReportAsync(client, page, code);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(ReportLossOnline.CodeRefused, WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()));
        Assert.False(await _app.WithDbAsync(db => db.Claims.AnyAsync(c => c.PolicyNumber == holder.PolicyNumber && c.ReportedBy == ReportLossOnline.Reporter)));
    }

    [Fact]
    public async Task StatusChange_MailWithSignedLink_LinkOpensStatusPage()
    {
        var (holder, claim, _) = await ReportedOnlineAsync(24);

        var subject = $"Your claim {claim.Number}: with the surveyor";
        var mails = await Eventually.WaitAsync(() => StatusMailsAsync(_app.MailFolder, holder.Email), m => m.Any(x => x.Subject == subject), what: "the status mail");
        var page = await FormClient(_app).GetAsync(new Uri(mails.Last(m => m.Subject == subject).Link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(claim.Number, await page.Content.ReadAsStringAsync());
        var changes = await _app.WithDbAsync(db => db.Set<ClaimStatusChange>().AsNoTracking().Where(c => c.ClaimId == claim.Id).Select(c => c.Status).ToListAsync());
        Assert.Equal(["Notified", "Surveying"], changes.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("expired")]
    [InlineData("forged")]
    [InlineData("garbage")]
    public async Task StatusLink_NotValid_RefusedWithoutClaimData(string kind)
    {
        var (_, claim, path) = await ReportedOnlineAsync(kind switch { "tampered" => 25, "expired" => 26, "forged" => 27, _ => 28 });
        var token = path[(path.LastIndexOf('/') + 1)..];
        var linkKey = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ClaimsAppFactory.SigningKey), "claims.portal.links.v1"u8);
        var bad = kind switch
        {
            "tampered" => token[..^2] + (token[^2] == 'A' ? "BB" : "AA"),
            "expired" => RenewalToken.Create(claim.Id, DateTimeOffset.UtcNow.AddMinutes(-1), linkKey),
            "forged" => RenewalToken.Create(claim.Id, DateTimeOffset.UtcNow.AddDays(1), "someone-elses-key-0123456789abcdef"u8.ToArray()),
            _ => "not-a-token",
        };

        var page = await FormClient(_app).GetAsync($"/claim-online/status/{bad}");
        var thumbnail = await FormClient(_app).GetAsync($"/claim-online/status/{bad}/photos/{Guid.NewGuid()}");
        var upload = await FormClient(_app).PostAsync($"/claim-online/status/{bad}/photos", PhotoForm(("a.jpg", EvidencePhotos.Jpeg(1), "image/jpeg")));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, thumbnail.StatusCode, upload.StatusCode));
        Assert.Contains("This link cannot be used", html);
        Assert.DoesNotContain(claim.Number, html);
        Assert.DoesNotContain(claim.LossPlace, html);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<Attachment>().CountAsync(a => a.ClaimId == claim.Id)));
    }

    [Fact]
    public async Task Photos_ThroughLink_StoredWithThumbnailServedOnlyForOwnClaim()
    {
        var (_, claim, path) = await ReportedOnlineAsync(29);
        var (_, other, otherPath) = await ReportedOnlineAsync(30);
        var client = FormClient(_app);

        var renamed = await client.PostAsync(path + "/photos", PhotoForm(("photo.jpg", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0 this is a program"), "image/jpeg")));
        var photo = await client.PostAsync(path + "/photos", PhotoForm(("scene-gps.jpg", EvidencePhotos.SceneWithGps(), "image/jpeg")));
        await client.PostAsync(otherPath + "/photos", PhotoForm(("other.jpg", EvidencePhotos.Jpeg(3001), "image/jpeg")));
        var (mine, theirs) = await _app.WithDbAsync(async db => (
            await db.Set<Attachment>().AsNoTracking().SingleAsync(a => a.ClaimId == claim.Id),
            await db.Set<Attachment>().AsNoTracking().SingleAsync(a => a.ClaimId == other.Id)));
        var thumbnail = await client.GetAsync($"{path}/photos/{mine.Id}");
        var crossed = await client.GetAsync($"{path}/photos/{theirs.Id}");
        var statusPage = await client.GetStringAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Contains("is not a JPEG, PNG or PDF by its content", await renamed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, photo.StatusCode);
        Assert.Equal((ReportLossOnline.Reporter, 31.24), (mine.UploadedBy, Math.Round(mine.Latitude!.Value, 2)));
        Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (thumbnail.StatusCode, thumbnail.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        Assert.Contains($"{path}/photos/{mine.Id}", statusPage);
        Assert.True(await _app.WithDbAsync(db => db.Set<AttachmentDownload>().AnyAsync(d => d.AttachmentId == mine.Id && d.By == ReportLossOnline.Reporter)));
    }

    [Fact]
    public async Task Shop_PickedOnStatusPage_AssignedOnlyFromTheClaimsRegion()
    {
        var (_, claim, path) = await ReportedOnlineAsync(31);
        var client = FormClient(_app);
        var page = await client.GetStringAsync(path);
        var (own, foreign) = await _app.WithDbAsync(async db => (
            await db.Set<RepairShop>().AsNoTracking().OrderBy(s => s.Name).FirstAsync(s => s.Active && s.RegionCode == claim.RegionCode),
            await db.Set<RepairShop>().AsNoTracking().OrderBy(s => s.Name).FirstAsync(s => s.Active && s.RegionCode != claim.RegionCode)));
        FormUrlEncodedContent Pick(Guid shopId) => new(new Dictionary<string, string>
        {
            ["ShopId"] = shopId.ToString(), ["__RequestVerificationToken"] = CookieClients.FormToken(page),
        });

        var refused = await client.PostAsync(path + "?handler=Shop", Pick(foreign.Id));
        var afterRefusal = await _app.WithDbAsync(db => db.Claims.AsNoTracking().SingleAsync(c => c.Id == claim.Id));
        var chosen = await client.PostAsync(path + "?handler=Shop", Pick(own.Id));
        var stored = await _app.WithDbAsync(db => db.Claims.AsNoTracking().SingleAsync(c => c.Id == claim.Id));

        Assert.Contains("id=\"shop-select\"", page);
        Assert.DoesNotContain(foreign.Id.ToString(), page);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"Choose an active repair shop of region {claim.RegionCode}.", await refused.Content.ReadAsStringAsync());
        Assert.Null(afterRefusal.RepairShopId);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Contains("id=\"shop-chosen\"", await chosen.Content.ReadAsStringAsync());
        Assert.Equal((own.Id, own.Name, own.Class), (stored.RepairShopId, stored.RepairShop, stored.ShopClass));
    }

    [Fact]
    public async Task AskCode_AbovePoliciesHourlyCodes_SameAnswerNothingMoreStoredOrSent()
    {
        var holder = await HolderAsync(_app, 27);
        var limit = _app.Services.GetRequiredService<PortalOptions>().CodesPerPolicyPerHour;
        var pages = new List<string>();

        // Each from a new client, as requests from many addresses would come.
        for (var i = 0; i <= limit; i++)
        {
            pages.Add(Normalise(await AskCodeAsync(FormClient(_app), holder.PolicyNumber, holder.Plate)));
        }

        var stored = await _app.WithDbAsync(db => (from c in db.Set<OneTimeCode>()
                                                   join p in db.Policies on c.PolicyId equals p.Id
                                                   where p.Number == holder.PolicyNumber
                                                   select c).CountAsync());
        var texts = Directory.GetFiles(fixture.SmsFolder).Count(f => File.ReadAllText(f).Contains(holder.PolicyNumber, StringComparison.Ordinal));
        Assert.Single(pages.Distinct());
        Assert.Equal((limit, limit), (stored, texts));
    }

    [Fact]
    public async Task CodePurge_CodesExpiredOverADayAgo_DeletedFreshOnesKept()
    {
        var policyId = await _app.WithDbAsync(db => db.Policies.Select(p => p.Id).FirstAsync());
        var now = DateTime.UtcNow;
        var (old, fresh) = (Guid.NewGuid(), Guid.NewGuid());
        await _app.WithDbAsync(async db =>
        {
            db.Add(OneTimeCode.Issue(old, policyId, "123456", new byte[32], now.AddDays(-3), TimeSpan.FromMinutes(10)));
            db.Add(OneTimeCode.Issue(fresh, policyId, "654321", new byte[32], now.AddHours(-2), TimeSpan.FromMinutes(10)));
            return await db.SaveChangesAsync();
        });
        var job = _app.Services.GetServices<Claims.Web.Infrastructure.Scheduling.IDailyJob>().Single(j => j.Name == "portal.code-purge");

        var summary = await job.RunAsync(DateOnly.FromDateTime(now), default);

        var left = await _app.WithDbAsync(db => db.Set<OneTimeCode>().Where(c => c.Id == old || c.Id == fresh).Select(c => c.Id).ToListAsync());
        Assert.Equal([fresh], left);
        Assert.Contains("deleted", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_AboveRequestsPerMinute_429()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Portal:RequestsPerMinute"] = "3";
        var client = app.CreateClient();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await client.GetAsync("/claim-online")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
    }

    private async Task<(Holder Holder, Claim Claim, string StatusPath)> ReportedOnlineAsync(int index)
    {
        var holder = await HolderAsync(_app, index);
        var client = FormClient(_app);
        var page = await AskCodeAsync(client, holder.PolicyNumber, holder.Plate);
        var reported = await ReportAsync(client, page, await MailedCodeAsync(_app.MailFolder, holder.Email));
        Assert.True(IsRedirectToStatus(reported), $"{reported.StatusCode}: {await reported.Content.ReadAsStringAsync()}");
        var claim = await _app.WithDbAsync(db => db.Claims.AsNoTracking().SingleAsync(c => c.PolicyNumber == holder.PolicyNumber && c.ReportedBy == ReportLossOnline.Reporter));
        return (holder, claim, reported.Headers.Location!.OriginalString);
    }

    private static MultipartFormDataContent PhotoForm(params (string Name, byte[] Content, string Type)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent("Scene"), "category" } };
        foreach (var (name, content, type) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "files", name);
        }

        return form;
    }

    private Task<int> CodeCountAsync() => _app.WithDbAsync(db => db.Set<OneTimeCode>().CountAsync());

    /// <summary>The page without what differs per request anyway: the challenge id and the antiforgery token.</summary>
    private static string Normalise(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "value=\"[^\"]{20,}\"", "value=\"…\"");
}
