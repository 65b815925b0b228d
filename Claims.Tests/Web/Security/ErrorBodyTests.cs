using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Tests.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Claims.Tests.Web.Security;

public sealed class ErrorBodyFixture : IAsyncLifetime
{
    public const string ThrowPath = "/api/test-only/throw";

    public FakeTime Time { get; } = new(DateTimeOffset.UtcNow);

    public LogCapture Logs { get; } = new();

    public ClaimsAppFactory App { get; } = ClaimsAppFactory.WithSqlite();

    public Task InitializeAsync()
    {
        App.Settings["Demo:Seed"] = "true";
        App.Settings["Scheduling:Enabled"] = "false";
        App.TestServices = s =>
        {
            s.AddSingleton<TimeProvider>(Time);
            s.AddSingleton<ILoggerProvider>(Logs);
            s.AddSingleton<IStartupFilter, ThrowingEndpoint>();
        };
        App.UseKestrel(0);
        App.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>A path that fails after the app's own pipeline (past authentication), as a bug in a handler would.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(http =>
            {
                http.Response.StatusCode = http.Request.Path == ThrowPath ? throw new InvalidOperationException("boom in a handler") : StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        };
    }
}

public sealed class ErrorBodyTests(ErrorBodyFixture fixture) : IClassFixture<ErrorBodyFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Theory]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/tasks", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/elsa/api/no-such-thing", HttpStatusCode.NotFound)]
    public async Task ApiError_BrowserAccept_IsProblemWithTraceId(string method, string path, HttpStatusCode status)
    {
        var client = await ApiClients.ForAsync(_app, "admin");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        await AssertProblemAsync(response, status);
    }

    [Theory]
    [InlineData("""{"policyNumber":"P-1","policyNumber":"P-2"}""", HttpStatusCode.BadRequest)]   // the body guard refuses a duplicate key
    [InlineData("""{"policyNumber": 12""", HttpStatusCode.BadRequest)]                          // and a body that is not JSON
    public async Task ApiRefusal_ClientAcceptsOnlyText_IsStillProblemNotServerError(string body, HttpStatusCode status)
    {
        var client = await ApiClients.ForAsync(_app, "adjuster");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/claims") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/plain");

        var response = await client.SendAsync(request);

        await AssertProblemAsync(response, status);
    }

    [Fact]
    public async Task ApiUnauthorized_Anonymous_IsProblem() =>
        await AssertProblemAsync(await _app.CreateClient().GetAsync("/api/tasks"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task PageNotFound_Browser_GetsHtmlPageWithReference()
    {
        var client = await ApiClients.ForAsync(_app, "admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/No/Such/Page");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"trace-id\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnhandledException_Api_IsLoggedWithTheTraceIdItAnswers()
    {
        var client = await ApiClients.ForAsync(_app, "admin");

        var response = await client.GetAsync(ErrorBodyFixture.ThrowPath);

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        var traceId = problem.GetProperty("traceId").GetString()!;
        Assert.DoesNotContain("boom", problem.ToString());
        var logged = Assert.Single(fixture.Logs.Entries, e => e.Exception?.Message == "boom in a handler");
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(traceId, logged.Message);
    }

    [Fact]
    public async Task LongRequestTarget_Kestrel_Is414Problem()
    {
        using var client = new HttpClient { BaseAddress = _app.ClientOptions.BaseAddress };

        var response = await client.GetAsync("/api/tasks?q=" + new string('x', 10_000));

        await AssertProblemAsync(response, HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task LargeHeaders_Kestrel_Is431Problem()
    {
        using var client = new HttpClient { BaseAddress = _app.ClientOptions.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks");
        request.Headers.Add("X-Padding", new string('x', 40_000));

        var response = await client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task CreateSurvey_UnknownClaim_IsPlainProblemDetails()
    {
        var admin = await ApiClients.ForAsync(_app, "admin");

        var response = await admin.PostAsJsonAsync("/api/surveys", new { context = "Claim", id = Guid.NewGuid() });

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Health_AnonymousOrStaff_StatusOnly_AdminSeesChecks()
    {
        var anonymous = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        var staff = await (await ApiClients.ForAsync(_app, "adjuster")).GetFromJsonAsync<JsonElement>("/health");
        var admin = await (await ApiClients.ForAsync(_app, "admin")).GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal(["status"], anonymous.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["status"], staff.EnumerateObject().Select(p => p.Name));
        Assert.Contains(admin.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "database");
    }

    [Fact]
    public async Task SurveyLink_ForgedExpiredOrUsed_AnswerAlike()
    {
        var admin = await ApiClients.ForAsync(_app, "admin");
        var policies = await _app.WithDbAsync(db => Task.FromResult(db.Policies.OrderBy(p => p.Number).Select(p => p.Id).Take(2).ToList()));
        var used = await CreateSurveyAsync(admin, policies[0]);
        var expiring = await CreateSurveyAsync(admin, policies[1]);
        var anonymous = _app.CreateClient();
        var form = await anonymous.GetStringAsync(used);
        var answers = Enum.GetNames<Claims.Domain.Surveys.SurveyQuestion>().ToDictionary(q => $"Answers[{q}]", _ => "4");
        answers["__RequestVerificationToken"] = CookieClients.FormToken(form);
        (await anonymous.PostAsync(used, new FormUrlEncodedContent(answers))).EnsureSuccessStatusCode();

        var forged = await anonymous.GetAsync(used[..^4] + "AAAA");
        var again = await anonymous.GetAsync(used);
        fixture.Time.Advance(TimeSpan.FromDays(31));
        var expired = await anonymous.GetAsync(expiring);
        fixture.Time.Advance(TimeSpan.FromDays(-31));

        var bodies = new[] { forged, again, expired };
        Assert.All(bodies, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var texts = await Task.WhenAll(bodies.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(texts.Distinct());
        Assert.Contains("has already been used", texts[0]);
    }

    private static async Task<string> CreateSurveyAsync(HttpClient admin, Guid policyId)
    {
        var created = await admin.PostAsJsonAsync("/api/surveys", new { context = "Renewal", id = policyId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()), body);
        return problem;
    }
}
