using System.Net;
using System.Text;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web.Security;

public sealed class SecurityHeaderTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private const string RatesCsv = "version,region,shop_class,rate,effective_from\nAF-1,SH,Class3,123.45,2026-01-01\n";

    private readonly ClaimsAppFactory _app = fixture.App;

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/api/tasks")]
    [InlineData("/No/Such/Page")]
    public async Task Response_Anonymous_CarriesSecurityHeadersAndNoStore(string path)
    {
        var response = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", csp);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task StaffPage_SignedIn_IsNoStore()
    {
        var client = _app.CreateClient();
        (await CookieClients.PostLoginAsync(client, "admin")).EnsureSuccessStatusCode();

        var page = await client.GetAsync("/ReferenceData/Import");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.NotEmpty(CookieClients.MetaToken(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task StaticFile_MayBeCachedButCarriesHeaders()
    {
        var response = await _app.CreateClient().GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.NotEqual("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task CsvImport_CookieWithoutToken_Is400ProblemAndWritesNothing()
    {
        var client = _app.CreateClient();
        (await CookieClients.PostLoginAsync(client, "admin")).EnsureSuccessStatusCode();
        var before = await RatesAsync();

        var refused = await client.PostAsync("/api/reference-data/hourly-rates", Csv());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("antiforgery", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await RatesAsync());
    }

    [Fact]
    public async Task CsvImport_CookieWithPageToken_IsAccepted()
    {
        var client = _app.CreateClient();
        (await CookieClients.PostLoginAsync(client, "admin")).EnsureSuccessStatusCode();
        var token = CookieClients.MetaToken(await client.GetStringAsync("/ReferenceData/Import"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reference-data/hourly-rates") { Content = Csv() };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CsvImport_Bearer_NeedsNoToken()
    {
        var admin = await ApiClients.ForAsync(_app, "admin");

        var response = await admin.PostAsync("/api/reference-data/hourly-rates", Csv());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("cross-site", null, HttpStatusCode.BadRequest)]
    [InlineData(null, null, HttpStatusCode.BadRequest)]
    [InlineData(null, "http://evil.example", HttpStatusCode.BadRequest)]
    [InlineData("same-origin", null, HttpStatusCode.NotFound)]
    [InlineData(null, "http://localhost", HttpStatusCode.NotFound)]
    public async Task DesignerApi_CookieWrite_MustComeFromThisOrigin(string? fetchSite, string? origin, HttpStatusCode expected)
    {
        var client = _app.CreateClient();
        (await CookieClients.PostLoginAsync(client, "underwriter")).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/elsa/api/workflow-definitions/no-such-definition/execute")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopment_CookiesAreSecureAndHstsIsSent()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Auth:SecureCookies"] = null; // the environment's default: "Testing" is not Development
        await app.WithDbAsync(async db =>
        {
            var user = AppUser.Create("secure.user", "Secure", ["Agent"], "SH");
            user.SetPasswordHash(new PasswordHasher<AppUser>().HashPassword(user, ApiClients.DemoPassword));
            db.Users.Add(user);
            await db.SaveChangesAsync();
        });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://claims.example"), AllowAutoRedirect = false });

        var signedIn = await CookieClients.PostLoginAsync(client, "secure.user");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("claims.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", Header(signedIn, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    private Task<int> RatesAsync() => _app.WithDbAsync(db => db.HourlyRates.CountAsync());

    private static StringContent Csv() => new(RatesCsv, Encoding.UTF8, "text/csv");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";
}
