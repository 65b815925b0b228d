using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>The claim deducts the policy's own excess, and refuses salvage above the gross, through the API.</summary>
public sealed class ClaimExcessApiTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task Claim_PolicyExcessOf1234_DeductsItNotTheDefault()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 3);
        await _app.WithDbAsync(async db =>
        {
            var issued = await db.Policies.SingleAsync(p => p.Number == policy.Number);
            db.Entry(issued).ComplexProperty(p => p.Excess).CurrentValue = Money.Of(1234m);
            await db.SaveChangesAsync();
        });

        var id = await ReportedIdAsync(adjuster, policy);
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        var saved = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "Class1", salvage = 0m,
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 2 } },
        });
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(saved.IsSuccessStatusCode, body.ToString());
        var totals = body.GetProperty("totals");
        Assert.Equal(1234m, (await ClaimAsync(adjuster, id)).GetProperty("excess").GetDecimal());
        Assert.Equal(1234m, totals.GetProperty("excess").GetDecimal());
        Assert.Equal(Math.Max(0m, totals.GetProperty("share").GetDecimal() - 1234m), totals.GetProperty("payable").GetDecimal());
    }

    [Fact]
    public async Task Estimate_SalvageAboveGross_RefusedAndNothingSaved()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 4);
        var id = await ReportedIdAsync(adjuster, policy);
        var part = (await PartsAsync(_app, policy)).First(p => p.Position == "BUMPER_FRONT");
        var gross = part.Price * 1;

        var refused = await adjuster.PutAsJsonAsync($"/api/claims/{id}/estimate", new
        {
            shopClass = "Class1", salvage = gross + 0.01m,
            lines = new object[] { new { kind = "Part", partNumber = part.PartNumber, channel = "FourS", quantity = 1 } },
        });
        var problem = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("cannot exceed the estimate's gross", problem);
        Assert.Equal(0, (await ClaimAsync(adjuster, id)).GetProperty("estimate").GetProperty("lines").GetArrayLength());
    }

    private static async Task<Guid> ReportedIdAsync(HttpClient adjuster, DemoPolicy policy)
    {
        var response = await ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }
}
