using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Claims.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web;

public class ReferenceDataApiTests(RefDataAppFactory app) : IClassFixture<RefDataAppFactory>
{
    private const string PartsHeader = "catalogue_version,model_code,region,part_number,part_name,position,channel,price,effective_from,effective_to";

    [Fact]
    public async Task ImportPartsCatalogue_BadFile_ReportsEveryBadLineAndChangesNothing()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await app.WithDbAsync(db => db.PartPrices.CountAsync());
        var csv = $"""
            {PartsHeader}
            T-BAD,VW-LAVIDA,SH,5G0 807 221 A,Front bumper cover,BUMPER_FRONT,FourS,1380.00,2026-01-01,
            T-BAD,NO-SUCH-MODEL,SH,5G0 807 221 B,Rear bumper cover,BUMPER_REAR,FourS,1380.00,2026-01-01,
            T-BAD,VW-LAVIDA,XX,5G0 807 221 C,Bonnet,BONNET,FourS,900,2026-01-01,
            T-BAD,VW-LAVIDA,SH,5G0 807 221 D,Grille,GRILLE,Platinum,abc,2026-01-01,
            """;

        var response = await admin.PostAsync("/api/reference-data/parts-catalogue", Csv(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt32(), Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal([3, 4, 5], errors.Select(e => e.Line).Distinct().Order());
        Assert.Contains(errors, e => e.Line == 3 && e.Message.Contains("Unknown vehicle model 'NO-SUCH-MODEL'"));
        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("Unknown region 'XX'"));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("'channel'"));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("'price'"));
        Assert.Equal(before, await app.WithDbAsync(db => db.PartPrices.CountAsync()));
    }

    [Fact]
    public async Task ImportPartsCatalogue_GoodFileThenSameVersion_AddsThenReplaces()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await app.WithDbAsync(db => db.PartPrices.CountAsync());
        var first = $"""
            {PartsHeader}
            T-GOOD,TOYOTA-COROLLA,GD,ZZ-52119-1,Zeta test bumper,BUMPER_FRONT,FourS,1000.00,2020-01-01,
            T-GOOD,TOYOTA-COROLLA,GD,ZZ-52119-1,Zeta test bumper,BUMPER_FRONT,Oem,800.00,2020-01-01,
            T-GOOD,TOYOTA-COROLLA,GD,ZZ-52119-1,Zeta test bumper,BUMPER_FRONT,Aftermarket,500.00,2020-01-01,
            T-GOOD,TOYOTA-COROLLA,GD,ZZ-52119-1,Zeta test bumper,BUMPER_FRONT,Used,300.00,2020-01-01,
            T-GOOD,TOYOTA-COROLLA,GD,ZZ-81150-2,"Zeta headlamp, left",HEADLAMP_L,FourS,2000.00,2020-01-01,
            """;

        var added = await admin.PostAsync("/api/reference-data/parts-catalogue", Csv(first));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var body = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((5, 0), (body.GetProperty("imported").GetInt32(), body.GetProperty("replaced").GetInt32()));
        Assert.Equal(before + 5, await app.WithDbAsync(db => db.PartPrices.CountAsync()));

        // The same version and region again, as a multipart upload, replaces the five rows with one.
        var again = $"""
            {PartsHeader}
            T-GOOD,TOYOTA-COROLLA,GD,ZZ-52119-1,Zeta test bumper,BUMPER_FRONT,FourS,1100.00,2020-01-01,
            """;
        using var form = new MultipartFormDataContent { { Csv(again), "file", "catalogue.csv" } };

        var replaced = await admin.PostAsync("/api/reference-data/parts-catalogue", form);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        body = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 5), (body.GetProperty("imported").GetInt32(), body.GetProperty("replaced").GetInt32()));
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.PartPrices.CountAsync()));
        var adjuster = await app.ClientForAsync("adjuster.gd");
        var parts = await adjuster.GetFromJsonAsync<JsonElement>("/api/parts?model=toyota-corolla&region=GD&q=zz52");
        var part = Assert.Single(parts.GetProperty("parts").EnumerateArray());
        Assert.Equal(1100.00m, part.GetProperty("prices").GetProperty("fourS").GetDecimal());
    }

    [Fact]
    public async Task ImportLabourStandards_BadFile_ChangesNothingAndGoodFileImports()
    {
        var admin = await app.ClientForAsync("admin");
        var before = await app.WithDbAsync(db => db.LabourStandards.CountAsync());
        const string Header = "version,region,price_band,position,work_type,hours,effective_from";

        var bad = await admin.PostAsync("/api/reference-data/labour-standards", Csv($"{Header}\nT-1,SH,3,BONNET,Replace,1.5,2026-01-01\nT-1,SH,9,BONNET,Replace,x,2026-01-01\n"));
        var good = await admin.PostAsync("/api/reference-data/labour-standards", Csv($"{Header}\nT-1,BJ,3,TEST_POSITION,Replace,1.5,2020-01-01\nT-1,BJ,3,TEST_POSITION,Refinish,2.5,2020-01-01\n"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(before + 2, await app.WithDbAsync(db => db.LabourStandards.CountAsync()));
    }

    [Fact]
    public async Task ImportPartsCatalogue_AsAdjuster_IsForbidden()
    {
        var adjuster = await app.ClientForAsync("adjuster");

        var response = await adjuster.PostAsync("/api/reference-data/parts-catalogue", Csv(PartsHeader + "\n"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ImportPartsCatalogue_JsonBody_IsUnsupported()
    {
        var admin = await app.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/reference-data/parts-catalogue", new { rows = 1 });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task SearchParts_AsAgent_IsForbidden()
    {
        var agent = await app.ClientForAsync("agent");

        var response = await agent.GetAsync("/api/parts?model=VW-LAVIDA&region=SH&q=front");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("price.checker")]
    [InlineData("reinspector")]
    [InlineData("senior.adjuster")]
    public async Task SearchParts_NamePrefix_ReturnsFourChannelPricesInOrder(string user)
    {
        var client = await app.ClientForAsync(user);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/parts?model=VW-LAVIDA&region=SH&q=front%20bumper%20c");

        var part = Assert.Single(body.GetProperty("parts").EnumerateArray());
        Assert.Equal("Front bumper cover", part.GetProperty("partName").GetString());
        var prices = part.GetProperty("prices");
        var (fourS, oem, aftermarket, used) = (prices.GetProperty("fourS").GetDecimal(), prices.GetProperty("oem").GetDecimal(),
            prices.GetProperty("aftermarket").GetDecimal(), prices.GetProperty("used").GetDecimal());
        Assert.True(fourS > oem && oem > aftermarket && aftermarket > used && used > 0);
    }

    [Fact]
    public async Task SearchParts_PartNumberPrefix_IgnoresSpacesAndCase()
    {
        var client = await app.ClientForAsync("adjuster");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/parts?model=VW-LAVIDA&region=SH");
        var number = all.GetProperty("parts")[0].GetProperty("partNumber").GetString()!;
        var typed = number.Replace(" ", "", StringComparison.Ordinal)[..6].ToLowerInvariant();

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/parts?model=VW-LAVIDA&region=SH&q={typed}");

        Assert.Contains(body.GetProperty("parts").EnumerateArray(), p => p.GetProperty("partNumber").GetString() == number);
        Assert.True(all.GetProperty("parts").GetArrayLength() >= 100);
    }

    [Theory]
    [InlineData("/api/parts?region=SH", "model")]
    [InlineData("/api/parts?model=NOPE&region=SH", "model")]
    [InlineData("/api/parts?model=VW-LAVIDA&region=ZZ", "region")]
    [InlineData("/api/parts?model=VW-LAVIDA&region=SH&on=31-01-2026", "on")]
    [InlineData("/api/parts?model=VW-LAVIDA&region=SH&limit=0", "limit")]
    [InlineData("/api/labour-standards", "region")]
    [InlineData("/api/labour-standards?region=SH&band=7", "band")]
    public async Task ReferenceLookups_BadQuery_AreBadRequestProblems(string url, string field)
    {
        var client = await app.ClientForAsync("adjuster");

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ListLabourStandards_BandAndPosition_ReturnsFourWorkTypesAndRates()
    {
        var client = await app.ClientForAsync("adjuster");

        var body = await client.GetFromJsonAsync<JsonElement>("/api/labour-standards?region=SH&band=From150kTo300k&position=bumper_front");

        var standards = body.GetProperty("standards").EnumerateArray().ToList();
        Assert.Equal(["RemoveRefit", "Replace", "Repair", "Refinish"], standards.Select(s => s.GetProperty("workType").GetString()));
        Assert.All(standards, s => Assert.True(s.GetProperty("hours").GetDecimal() > 0));
        Assert.Equal(["FourS", "Class1", "Class2", "Class3"], body.GetProperty("hourlyRates").EnumerateArray().Select(r => r.GetProperty("shopClass").GetString()));
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("text/csv"));
}
