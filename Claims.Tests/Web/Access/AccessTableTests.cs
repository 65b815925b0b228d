using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Seeding;
using Claims.Workflows.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Claims.Tests.Web.Access;

/// <summary>Walks every route the app maps, as anonymous and as each demo user, and holds every answer to the access table.</summary>
public sealed partial class AccessTableTests(ITestOutputHelper output) : IDisposable
{
    // No daily jobs: the renewal sweep would add call tasks while the walk checks that nothing was written.
    private readonly LiveAppHost _app = new(kestrel: false, new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Scheduling:Enabled"] = "false",
    });

    [Fact]
    public async Task EveryMappedRoute_AnonymousAndEachDemoUser_AnswersAsTheTableSays()
    {
        var routes = MappedRoutes(_app.Services);
        var unlisted = routes.Where(r => AccessTable.Find(r.Method, r.Route, r.IsPage) is null).Select(r => $"{r.Method} {r.Route}").ToList();
        var mapped = routes.Select(r => (r.IsPage, r.Method, r.Route.ToUpperInvariant())).ToHashSet();
        var stale = AccessTable.Rows.SelectMany(row => row.MethodList.Select(m => (Row: row, Method: m)))
            .Where(x => !mapped.Contains((true, x.Method, x.Row.Route.ToUpperInvariant())) && !mapped.Contains((false, x.Method, x.Row.Route.ToUpperInvariant())))
            .Select(x => $"{x.Method} {x.Row.Route}").ToList();
        Assert.True(unlisted.Count == 0, "Mapped routes without a row in AccessTable: " + string.Join(", ", unlisted));
        Assert.True(stale.Count == 0, "AccessTable rows whose route is no longer mapped: " + string.Join(", ", stale));

        var before = await CountsAsync();
        var callers = new List<(string Name, IReadOnlyList<string> Roles, HttpClient Client)> { ("anonymous", [], NoRedirects(null)) };
        foreach (var (userName, _, role, _, _) in DemoUsersSeeder.Users.DistinctBy(u => u.Role))
        {
            var signedIn = await ApiClients.ForAsync(_app, userName);
            callers.Add((userName, [role], NoRedirects(signedIn.DefaultRequestHeaders.Authorization)));
        }

        var ids = await RouteValuesAsync();
        var wrong = new ConcurrentBag<string>();
        var serverErrors = new ConcurrentBag<string>();
        var cells = routes.SelectMany(r => callers.Select(c => (Route: r, Caller: c))).ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(cells, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (cell, ct) =>
        {
            var row = AccessTable.Find(cell.Route.Method, cell.Route.Route, cell.Route.IsPage)!;
            var expected = row.IsAnonymous || cell.Caller.Roles.Intersect(AccessTable.RolesOf(row)).Any();
            var url = Fill(cell.Route.Route, cell.Route.Method, cell.Caller.Name, ids);
            using var response = await cell.Caller.Client.SendAsync(new HttpRequestMessage(new HttpMethod(cell.Route.Method), url), ct);
            var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } to
                    && (to.Contains("/Account/Login", StringComparison.Ordinal) || to.Contains("/Account/AccessDenied", StringComparison.Ordinal)));
            if (denied == expected)
            {
                wrong.Add($"{cell.Route.Method} {url} as {cell.Caller.Name}: {(int)response.StatusCode}, the table says {(expected ? "allowed" : "denied")}");
            }

            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"{cell.Route.Method} {url} as {cell.Caller.Name}: {(int)response.StatusCode}");
            }
        });

        output.WriteLine($"{routes.Count} routes x {callers.Count} callers = {cells.Count} cells checked in {started.Elapsed.TotalSeconds:F1} s; {serverErrors.Count} answered 5xx");
        foreach (var error in serverErrors.Order())
        {
            output.WriteLine("5xx: " + error);
        }

        Assert.True(wrong.IsEmpty, $"{wrong.Count} cells differ from the access table:\n" + string.Join("\n", wrong.Order()));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public void AccessTable_Readme_ShowsEveryRow()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var section = ReadmeSection().Match(readme);

        var expected = AccessTable.ToMarkdown().ReplaceLineEndings("\n").Trim();
        if (!section.Success || section.Groups[1].Value.Trim() != expected)
        {
            output.WriteLine(expected); // what to paste between the markers when the table changes
        }

        Assert.True(section.Success, "README.md has no <!-- access-table --> … <!-- /access-table --> section.");
        Assert.Equal(expected, section.Groups[1].Value.Trim());
    }

    [Fact]
    public void AccessTable_EveryRow_NamesAKnownPolicyAndIsUnique()
    {
        var keys = AccessTable.Rows.SelectMany(r => r.MethodList.Select(m => $"{m} {r.Route}")).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(AccessTable.Rows.Where(r => !r.IsAnonymous), r => Assert.NotEmpty(AccessTable.RolesOf(r)));
    }

    public sealed record MappedRoute(string Method, string Route, bool IsPage);

    /// <summary>Every (method, route) the endpoint data source holds; Razor pages answer GET and POST.</summary>
    public static List<MappedRoute> MappedRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var isPage = AccessTableMiddleware.IsPage(e);
                var methods = isPage ? ["GET", "POST"] : e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Where(m => m != "HEAD").Select(m => new MappedRoute(m, AccessTable.Normalize(e.RoutePattern), isPage));
            })
            .Distinct().OrderBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ToList();

    /// <summary>
    /// A URL for the route: reads get real seeded records where one exists (an adjuster's scorecard is the caller's own, so the
    /// object rule does not hide the role rule); writes get ids that match nothing, so they write nothing.
    /// </summary>
    private static string Fill(string route, string method, string caller, IReadOnlyDictionary<string, string> ids)
    {
        var safe = HttpMethods.IsGet(method);
        return Parameter().Replace(route, m =>
        {
            var name = m.Groups[1].Value;
            return name switch
            {
                "id" or "name" when route.Contains("corecards/", StringComparison.OrdinalIgnoreCase) && !route.Contains("shops", StringComparison.Ordinal) => caller,
                "id" when safe && route.StartsWith("/api/customers", StringComparison.Ordinal) => ids["customer"],
                "id" when safe && route.StartsWith("/Customers", StringComparison.Ordinal) => ids["customer"],
                "id" when safe && route.Contains("olicies", StringComparison.Ordinal) => ids["policy"],
                "id" or "instanceId" or "attachmentId" => "00000000-0000-0000-0000-0000000000aa",
                "definitionId" when safe => ids["definition"],
                "documentName" => "v1",
                "kind" => "Adjusters",
                "version" => "1",
                "file" => "",
                _ => "no-such-" + name,
            };
        }).TrimEnd('/') is { Length: > 0 } url ? url : "/";
    }

    private async Task<Dictionary<string, string>> RouteValuesAsync() =>
        await _app.WithDbAsync(async db => new Dictionary<string, string>
        {
            ["customer"] = (await db.Policyholders.Select(p => p.Id).FirstAsync()).ToString(),
            ["policy"] = (await db.Policies.Select(p => p.Id).FirstAsync()).ToString(),
            ["definition"] = await db.Set<WorkflowDefinitionRecord>().Select(d => d.DefinitionId).FirstAsync(),
        });

    /// <summary>Row counts of the records a stray write would add to.</summary>
    private Task<string> CountsAsync() =>
        _app.WithDbAsync(async db => string.Join(", ",
            await db.Claims.CountAsync(), await db.Proposals.CountAsync(), await db.Policies.CountAsync(), await db.WorkTasks.CountAsync(),
            await db.Set<WorkflowInstanceRecord>().CountAsync(), await db.Set<WorkflowDefinitionRecord>().CountAsync(),
            await db.Surveys.CountAsync(), await db.SerialRanges.CountAsync(), await db.PartPrices.CountAsync(),
            await db.Claims.CountAsync(c => c.Status != ClaimStatus.Notified)));

    private HttpClient NoRedirects(System.Net.Http.Headers.AuthenticationHeaderValue? auth)
    {
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = auth;
        return client;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Claims.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Claims.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\{\*?([A-Za-z]+)\??\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"<!-- access-table -->\n(.*?)<!-- /access-table -->", RegexOptions.Singleline)]
    private static partial Regex ReadmeSection();

    public void Dispose() => _app.Dispose();
}
