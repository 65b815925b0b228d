using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Estimates;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>The repair-shop network through the API: admin CRUD, the adjuster's assignment, and the shop's class pricing the labour.</summary>
public sealed class RepairShopTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task AssignedShop_ClassDrivesTheEstimatesHourlyRate()
    {
        var admin = await ApiClients.ForAsync(_app, "admin");
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var fourS = await CreateAsync(admin, "FourS", "SH");
        var class3 = await CreateAsync(admin, "Class3", "SH");
        var beijing = await CreateAsync(admin, "Class1", "BJ");
        var first = await ReportedAsync(adjuster, 30);
        var second = await ReportedAsync(adjuster, 31);

        var wrongRegion = await adjuster.PostAsJsonAsync($"/api/claims/{first}/repair-shop", new { shopId = beijing });
        (await adjuster.PostAsJsonAsync($"/api/claims/{first}/repair-shop", new { shopId = fourS })).EnsureSuccessStatusCode();
        (await adjuster.PostAsJsonAsync($"/api/claims/{second}/repair-shop", new { shopId = class3 })).EnsureSuccessStatusCode();
        var labour = new { lines = new object[] { new { kind = "Labour", position = "BUMPER_FRONT", workType = "Replace" } } };
        var atFourS = await (await adjuster.PutAsJsonAsync($"/api/claims/{first}/estimate", labour)).Content.ReadFromJsonAsync<JsonElement>();
        var atClass3 = await (await adjuster.PutAsJsonAsync($"/api/claims/{second}/estimate", labour)).Content.ReadFromJsonAsync<JsonElement>();
        var overridden = await adjuster.PutAsJsonAsync($"/api/claims/{first}/estimate", new { shopClass = "Class3", labour.lines });
        var rates = await _app.WithDbAsync(db => db.HourlyRates.Where(r => r.RegionCode == "SH")
            .GroupBy(r => r.ShopClass).Select(g => new { g.Key, Rate = g.OrderByDescending(r => r.EffectiveFrom).First().Rate }).ToDictionaryAsync(x => x.Key, x => x.Rate));
        var claim = await ClaimAsync(adjuster, first);

        Assert.Equal(HttpStatusCode.BadRequest, wrongRegion.StatusCode);
        Assert.Equal(("FourS", rates[ShopClass.FourS]), (atFourS.GetProperty("shopClass").GetString(), atFourS.GetProperty("lines")[0].GetProperty("unitPrice").GetDecimal()));
        Assert.Equal(("Class3", rates[ShopClass.Class3]), (atClass3.GetProperty("shopClass").GetString(), atClass3.GetProperty("lines")[0].GetProperty("unitPrice").GetDecimal()));
        Assert.True(rates[ShopClass.FourS] > rates[ShopClass.Class3]);
        Assert.Equal(HttpStatusCode.BadRequest, overridden.StatusCode);
        Assert.Equal(fourS, claim.GetProperty("shop").GetProperty("shopId").GetGuid());
    }

    [Fact]
    public async Task Shops_AdminCrud_ListedWithLeakageAndRefusedToOthers()
    {
        var admin = await ApiClients.ForAsync(_app, "admin");
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var id = await CreateAsync(admin, "Class2", "GD");
        var name = (await admin.GetFromJsonAsync<JsonElement>($"/api/repair-shops/{id}")).GetProperty("name").GetString()!;

        var duplicate = await admin.PostAsJsonAsync("/api/repair-shops", Shop(name, "Class2", "GD"));
        var bad = await admin.PostAsJsonAsync("/api/repair-shops", new { name = "X", regionCode = "ZZ", shopClass = "Class9", contactName = "", phone = "1" });
        var byAdjuster = await adjuster.PostAsJsonAsync("/api/repair-shops", Shop("Nope " + Guid.NewGuid(), "Class1", "SH"));
        var updated = await admin.PutAsJsonAsync($"/api/repair-shops/{id}", Shop(name, "Class1", "GD"));
        var one = await adjuster.GetFromJsonAsync<JsonElement>($"/api/repair-shops/{id}");
        var retired = await admin.DeleteAsync($"/api/repair-shops/{id}");
        var listed = await adjuster.GetFromJsonAsync<JsonElement>("/api/repair-shops?region=GD");
        var seeded = await adjuster.GetFromJsonAsync<JsonElement>("/api/repair-shops");
        var page = await admin.GetStringAsync("/Admin/RepairShops");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden), (duplicate.StatusCode, bad.StatusCode, byAdjuster.StatusCode));
        Assert.Equal(["contactName", "regionCode", "shopClass"],
            (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(("Class1", 0, $"/Scorecards/Shops/{Uri.EscapeDataString(name)}"),
            (one.GetProperty("shopClass").GetString(), one.GetProperty("leakage").GetProperty("audits").GetInt32(), one.GetProperty("leakage").GetProperty("scorecard").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, retired.StatusCode);
        Assert.DoesNotContain(listed.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.All(["SH", "BJ", "GD"], region => Assert.True(seeded.EnumerateArray().Count(s => s.GetProperty("regionCode").GetString() == region) >= 4));
        Assert.Contains(name, page);
    }

    private static object Shop(string name, string shopClass, string region) =>
        new { name, regionCode = region, shopClass, contactName = "Service desk", phone = "021-5555-0101", email = "desk@example.com", address = "1 Test Road" };

    private static async Task<Guid> CreateAsync(HttpClient admin, string shopClass, string region)
    {
        var response = await admin.PostAsJsonAsync("/api/repair-shops", Shop($"Test {shopClass} {region} {Guid.NewGuid():N}"[..40], shopClass, region));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    private async Task<Guid> ReportedAsync(HttpClient adjuster, int policyIndex)
    {
        var response = await ReportAsync(adjuster, (await PolicyAsync(_app, policyIndex)).Number, DateTimeOffset.UtcNow.AddHours(-3));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }
}
