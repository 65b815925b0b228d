using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Claims.Domain.Evidence;
using Claims.Domain.Fraud;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>The demo app with the required-evidence check on and a small file limit, for the evidence tests.</summary>
public sealed class EvidenceFixture : IAsyncLifetime
{
    public const long MaxFileBytes = 300_000;

    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        App.Settings["Scheduling:Enabled"] = "false";
        App.Settings["Evidence:EnforceRequired"] = "true";
        App.Settings["Evidence:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ = App.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Attachments through the API: content sniffing, limits, EXIF, hashes, recorded downloads, required evidence and fraud scoring.</summary>
public sealed class EvidenceApiTests(EvidenceFixture fixture) : IClassFixture<EvidenceFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Upload_PhotoWithGpsAndPdf_StoredWithExifThumbnailAndHash()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var id = await ReportedAsync(adjuster, 10);
        var photo = EvidencePhotos.SceneWithGps();
        var pdf = EvidencePhotos.Pdf("police report 1");

        var scene = await EvidencePhotos.UploadAsync(adjuster, id, "Scene", null, ("scene.jpg", photo, "image/jpeg"));
        var report = await EvidencePhotos.UploadAsync(adjuster, id, "PoliceReport", null, ("report.pdf", pdf, "application/pdf"));
        var list = await adjuster.GetFromJsonAsync<JsonElement>($"/api/claims/{id}/attachments");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (scene.StatusCode, report.StatusCode));
        var (jpeg, doc) = (list[0], list[1]);
        Assert.Equal(
            ("Scene", "image/jpeg", Convert.ToHexStringLower(SHA256.HashData(photo)), "2026-11-30T06:30:00Z", 31.24, 121.49, 160),
            (jpeg.GetProperty("category").GetString(), jpeg.GetProperty("contentType").GetString(), jpeg.GetProperty("sha256").GetString(),
             jpeg.GetProperty("takenAtUtc").GetDateTime().ToString("yyyy-MM-ddTHH:mm:ssZ"), Math.Round(jpeg.GetProperty("latitude").GetDouble(), 4),
             Math.Round(jpeg.GetProperty("longitude").GetDouble(), 4), jpeg.GetProperty("width").GetInt32()));
        Assert.Equal(("application/pdf", JsonValueKind.Null), (doc.GetProperty("contentType").GetString(), doc.GetProperty("thumbnailUrl").ValueKind));
        Assert.Equal(photo, await adjuster.GetByteArrayAsync(jpeg.GetProperty("url").GetString()));
        var thumbnail = await adjuster.GetAsync(jpeg.GetProperty("thumbnailUrl").GetString());
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        Assert.Equal(EvidenceKind.Jpeg, EvidenceContent.Sniff(await thumbnail.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Download_ClaimViewersOnly_EachDownloadRecorded()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var manager = await ApiClients.ForAsync(_app, "manager");
        var agent = await ApiClients.ForAsync(_app, "agent");
        var id = await ReportedAsync(adjuster, 11);
        var uploaded = await (await EvidencePhotos.UploadAsync(adjuster, id, "Odometer", null, ("odo.png", EvidencePhotos.Png(1101), "image/png")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var url = uploaded[0].GetProperty("url").GetString()!;
        var attachmentId = uploaded[0].GetProperty("id").GetGuid();

        var statuses = new[]
        {
            (await manager.GetAsync(url)).StatusCode, (await adjuster.GetAsync(url + "/thumbnail")).StatusCode, (await agent.GetAsync(url)).StatusCode,
            (await _app.CreateClient().GetAsync(url)).StatusCode, (await manager.GetAsync($"/api/claims/{Guid.NewGuid()}/attachments/{attachmentId}")).StatusCode,
        };
        var recorded = await _app.WithDbAsync(db => db.Set<AttachmentDownload>().Where(d => d.AttachmentId == attachmentId).OrderBy(d => d.Id)
            .Select(d => $"{d.By}:{(d.Thumbnail ? "thumbnail" : "file")}").ToListAsync());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound], statuses);
        Assert.Equal(["manager:file", "adjuster:thumbnail"], recorded);
    }

    [Fact]
    public async Task Upload_RenamedExecutable_RefusedWithProblemAndNothingStored()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var id = await ReportedAsync(adjuster, 12);
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

        var response = await EvidencePhotos.UploadAsync(adjuster, id, "Damage", "front bumper",
            ("good.jpg", EvidencePhotos.Jpeg(1201), "image/jpeg"), ("photo.jpg", executable, "image/jpeg"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Contains("photo.jpg is not a JPEG, PNG or PDF by its content.", problem.GetProperty("errors").GetProperty("files").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<Attachment>().CountAsync(a => a.ClaimId == id)));
    }

    [Fact]
    public async Task Upload_BadRequests_AnswerProblemDetails()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var id = await ReportedAsync(adjuster, 13);
        var big = EvidencePhotos.Pdf("big").Concat(new byte[EvidenceFixture.MaxFileBytes]).ToArray();

        var statuses = new[]
        {
            (await EvidencePhotos.UploadAsync(adjuster, id, "Invoice", null, ("big.pdf", big, "application/pdf"))).StatusCode,
            (await EvidencePhotos.UploadAsync(adjuster, id, "Damage", null, ("d.jpg", EvidencePhotos.Jpeg(1301), "image/jpeg"))).StatusCode,
            (await EvidencePhotos.UploadAsync(adjuster, id, "Selfie", null, ("d.jpg", EvidencePhotos.Jpeg(1302), "image/jpeg"))).StatusCode,
            (await EvidencePhotos.UploadAsync(adjuster, id, "Scene", null)).StatusCode,
            (await adjuster.PostAsJsonAsync($"/api/claims/{id}/attachments", new { category = "Scene" })).StatusCode,
            (await EvidencePhotos.UploadAsync(adjuster, Guid.NewGuid(), "Scene", null, ("s.jpg", EvidencePhotos.Jpeg(1303), "image/jpeg"))).StatusCode,
            (await EvidencePhotos.UploadAsync(await ApiClients.ForAsync(_app, "manager"), id, "Scene", null, ("s.jpg", EvidencePhotos.Jpeg(1304), "image/jpeg"))).StatusCode,
        };

        Assert.Equal(
            [HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest,
             HttpStatusCode.UnsupportedMediaType, HttpStatusCode.NotFound, HttpStatusCode.Forbidden],
            statuses);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<Attachment>().CountAsync(a => a.ClaimId == id)));
    }

    [Fact]
    public async Task Upload_SamePhotoOnAnotherClaim_FlaggedAndScoredAsReused()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var first = await ReportedAsync(adjuster, 14);
        var second = await ReportedAsync(adjuster, 15);
        var photo = EvidencePhotos.Jpeg(1401);
        var firstNumber = await _app.WithDbAsync(db => db.Claims.Where(c => c.Id == first).Select(c => c.Number).SingleAsync());

        (await EvidencePhotos.UploadAsync(adjuster, first, "Damage", "bonnet", ("a.jpg", photo, "image/jpeg"))).EnsureSuccessStatusCode();
        var again = await (await EvidencePhotos.UploadAsync(adjuster, second, "Damage", "bonnet", ("b.jpg", photo, "image/jpeg"))).Content.ReadFromJsonAsync<JsonElement>();
        var latest = await _app.WithDbAsync(db => db.Set<FraudAssessment>().Where(a => a.ClaimId == second).OrderByDescending(a => a.Id).FirstAsync());

        Assert.Equal([firstNumber], again[0].GetProperty("alsoOnClaims").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(FraudTrigger.Evidence, latest.Trigger);
        Assert.Contains(latest.Fired, f => f.Indicator == FraudIndicator.ReusedPhoto && f.Facts.Contains(firstNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubmitEstimate_RequiredEvidenceMissing_RefusedUntilUploaded()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 16);
        var id = await ReportedAsync(adjuster, 16);
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        (await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new { lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, quantity = 1 } } }))
            .EnsureSuccessStatusCode();
        (await EvidencePhotos.UploadAsync(adjuster, id, "Damage", "front bumper", ("d.jpg", EvidencePhotos.Jpeg(1601), "image/jpeg"))).EnsureSuccessStatusCode();

        var refused = await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var page = await adjuster.GetStringAsync($"/Claims/{id}/Estimate");
        await EvidencePhotos.UploadRequiredAsync(adjuster, id, 16);
        var submitted = await adjuster.PostAsync($"/api/claims/{id}/estimate/submit", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Required evidence is missing: Damage: 1 of 4; DrivingLicence; Registration.",
            problem.GetProperty("errors").GetProperty("evidence")[0].GetString());
        Assert.Contains("Still needed before the estimate can be submitted: Damage: 1 of 4; DrivingLicence; Registration", page);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
    }

    [Fact]
    public async Task Claim_ReportedLate_ScoredAtNoticeAndShownOnTheClaimPage()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 17);
        var response = await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-5));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var assessments = await _app.WithDbAsync(db => db.Set<FraudAssessment>().Where(a => a.ClaimId == id).ToListAsync());
        var page = await (await ApiClients.ForAsync(_app, "manager")).GetStringAsync($"/Claims/{id}");

        var notice = Assert.Single(assessments);
        Assert.Equal(FraudTrigger.Notice, notice.Trigger);
        var late = Assert.Single(notice.Fired, f => f.Indicator == FraudIndicator.LateNotice);
        Assert.Equal("Reported 120 hours after the loss.", late.Facts);
        Assert.Contains("LateNotice", page);
        Assert.Contains("Reported 120 hours after the loss.", page);
        Assert.Contains($"Score <strong>{notice.Score}</strong>", page);
    }

    private async Task<Guid> ReportedAsync(HttpClient adjuster, int policyIndex)
    {
        var policy = await PolicyAsync(_app, policyIndex);
        var response = await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddHours(-3));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }
}
