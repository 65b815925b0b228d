using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Claims.Domain.Renewals;
using Claims.Domain.Surveys;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Tests.Web.ElsaApi;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>Parallel writers on one record: exactly one wins, the rest hear "reload" (409 or the page's message), never 500, one write in the database.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class ConcurrencyTests(PostgresFixture postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Writers = 30;

    private ClaimsAppFactory? _app;

    private ClaimsAppFactory DemoApp(TimeProvider? time = null)
    {
        _app = ClaimsAppFactory.DemoBookAt(time ?? TimeProvider.System);
        return _app;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ClaimEstimate_ThirtyParallelSavesOfOneVersion_OneSavedRest409(DatabaseProvider provider)
    {
        var app = provider == DatabaseProvider.Sqlite ? DemoApp() : await DemoAppOnPostgresAsync();
        var adjusters = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ApiClients.ForAsync(app, "adjuster")));
        var (id, part) = await SurveyingClaimAsync(app, adjusters[0], 1);
        var etag = (await adjusters[0].GetAsync($"/api/claims/{id}")).Headers.ETag!.ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/claims/{id}/estimate")
            {
                Content = JsonContent.Create(new
                {
                    shopClass = "Class1", repairShop = $"Writer {i}",
                    lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 + (i % 3) } },
                }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return await adjusters[i % 3].SendAsync(request);
        })));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        output.WriteLine($"{Writers} parallel saves of version {etag}: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} × {g.Key}")));
        Assert.DoesNotContain(statuses, s => s >= 500);
        Assert.Equal(1, statuses.Count(s => s == 200));
        Assert.Equal(Writers - 1, statuses.Count(s => s == 409));
        var conflict = responses.First(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Reload", await conflict.Content.ReadAsStringAsync());
        var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK);
        var stored = await app.WithDbAsync(db => db.Claims.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(($"Writer {winner}", 1, 1 + (winner % 3)), (stored.RepairShop, stored.Lines.Count, stored.Lines[0].Quantity));
        Assert.Equal(responses[winner].Headers.ETag!.ToString(), $"W/\"{stored.Version}\"");
    }

    /// <summary>The demo data on a fresh database of the PostgreSQL fixture, without the daily jobs.</summary>
    private async Task<ClaimsAppFactory> DemoAppOnPostgresAsync()
    {
        _app = new ClaimsAppFactory(DatabaseProvider.PostgreSql, await postgres.CreateDatabaseAsync());
        _app.Settings["Demo:Seed"] = "true";
        _app.Settings["Scheduling:Enabled"] = "false";
        return _app;
    }

    [Fact]
    public async Task ClaimEstimate_ThreeWritersWithoutIfMatch_NeverServerError()
    {
        var app = DemoApp();
        var adjusters = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ApiClients.ForAsync(app, "adjuster")));
        var (id, part) = await SurveyingClaimAsync(app, adjusters[0], 2);
        var before = await app.WithDbAsync(db => db.Claims.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => adjusters[i % 3].PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "Class1", repairShop = $"Writer {i}",
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 } },
        }))));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        output.WriteLine($"{Writers} unconditional saves: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} × {g.Key}")));
        Assert.All(statuses, s => Assert.True(s is 200 or 409, $"answered {s}"));
        var stored = await app.WithDbAsync(db => db.Claims.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Single(stored.Lines);
        Assert.Equal(before + statuses.Count(s => s == 200), stored.Version);
    }

    [Fact]
    public async Task DraftDefinition_TwoDesignersTenSavesEach_NeverServerErrorAndOneDraft()
    {
        var app = DemoApp();
        var designers = new[] { await ApiClients.ForAsync(app, "underwriter"), await ApiClients.ForAsync(app, "senior.underwriter") };
        var id = "race-" + Guid.NewGuid().ToString("N")[..8];

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
        {
            var body = ElsaApiFixture.Fixture("save-review.json", id);
            body["model"]!["description"] = $"Save {i}";
            return designers[i % 2].PostAsJsonAsync("/elsa/api/workflow-definitions", body);
        })));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        output.WriteLine("20 parallel draft saves: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} × {g.Key}")));
        Assert.All(statuses, s => Assert.True(s is 200 or 409, $"answered {s}"));
        Assert.Contains(200, statuses);
        var versions = await app.WithDbAsync(db => db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(r => r.DefinitionId == id).ToListAsync());
        Assert.Equal((1, 1), (versions.Count, versions.Single().Version));
    }

    [Fact]
    public async Task SurveyLink_TenParallelAnswers_RecordedOnce()
    {
        var app = DemoApp();
        var adjuster = await ApiClients.ForAsync(app, "adjuster");
        var claim = await ReinspectionScenarios.CloseFourSClaimAsync(app, adjuster, 3, "Race Motors 4S");
        var path = await SurveyScenarios.ClaimSurveyPathAsync(app, claim.ClaimId);
        var customer = app.CreateClient();
        var token = AntiforgeryField().Match(await customer.GetStringAsync(path)).Groups[1].Value;

        var pages = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(async () =>
        {
            var answer = 1 + (i % 5);
            var fields = Enum.GetValues<SurveyQuestion>().Select(q => new KeyValuePair<string, string>($"Answers[{q}]", answer.ToString()))
                .Append(new("__RequestVerificationToken", token));
            var response = await customer.PostAsync(path, new FormUrlEncodedContent(fields));
            return (Answer: answer, Status: (int)response.StatusCode, Page: await response.Content.ReadAsStringAsync());
        })));

        output.WriteLine("10 parallel answers: " + string.Join(", ", pages.GroupBy(p => p.Status).Select(g => $"{g.Count()} × {g.Key}")));
        var recorded = Assert.Single(pages, p => p.Status == 200 && p.Page.Contains("your answers are recorded", StringComparison.Ordinal));
        // The losers either lost the database's conditional write ("already answered") or arrived after it committed, when
        // the used link answers like a forged one (404).
        Assert.Equal(9, pages.Count(p => (p.Status == 200 && p.Page.Contains("already answered", StringComparison.Ordinal)) || p.Status == 404));
        var survey = await app.WithDbAsync(db => db.Surveys.AsNoTracking().SingleAsync(s => s.Context == SurveyContext.Claim && s.ContextId == claim.ClaimId));
        Assert.Equal(recorded.Answer, survey.Answers!.Attention);
    }

    [Fact]
    public async Task RenewalLink_TenParallelAcceptsAndDeclines_OneOutcome()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        var app = DemoApp(time);
        await app.Services.GetRequiredService<RenewalSweep>().RunAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), default);
        var offer = (await Eventually.WaitAsync(
            () => app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().Where(o => o.Status == RenewalOfferStatus.Offered).OrderBy(o => o.PolicyNumber).FirstOrDefaultAsync()),
            o => o is not null, TimeSpan.FromSeconds(60), "an offered renewal"))!;
        var key = RenewalOffers.TokenKey(app.Services.GetRequiredService<RenewalOptions>());
        var token = RenewalToken.Create(offer.Id, new DateTimeOffset(offer.TokenExpiresAt, TimeSpan.Zero), key);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var renewals = scope.ServiceProvider.GetRequiredService<RenewalAcceptance>();
            _ = i % 2 == 0 ? (await renewals.AcceptAsync(token, default)).View : await renewals.DeclineAsync(token, "Too dear", default);
        })));

        var stored = await app.WithDbAsync(db => db.Set<RenewalOffer>().AsNoTracking().SingleAsync(o => o.Id == offer.Id));
        var proposals = await app.WithDbAsync(db => db.Proposals.CountAsync(p => p.RenewalOfPolicyId == offer.PolicyId));
        output.WriteLine($"10 parallel uses: offer {stored.Status}, {proposals} renewal proposal(s)");
        Assert.NotEqual(RenewalOfferStatus.Offered, stored.Status);
        Assert.Equal(stored.Status == RenewalOfferStatus.Declined ? 0 : 1, proposals);
    }

    /// <summary>A claim reported by the adjuster (so under survey, theirs) and a catalogue bumper of its vehicle.</summary>
    private static async Task<(Guid Id, Claims.Domain.Estimates.PartPrice Part)> SurveyingClaimAsync(ClaimsAppFactory app, HttpClient adjuster, int policyIndex)
    {
        var policy = await PolicyAsync(app, policyIndex);
        var reported = await (await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1))).Content.ReadFromJsonAsync<JsonElement>();
        return (reported.GetProperty("id").GetGuid(), (await PartsAsync(app, policy)).First(p => p.Position == "BUMPER_FRONT"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
