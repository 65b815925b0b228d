using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

public sealed class CustomerTimelineTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task Timeline_PolicyholderWithAClaim_ShowsPolicyAndClaimNewestFirst()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await ClaimScenarios.PolicyAsync(_app, 2);
        var reported = await ClaimScenarios.ReportAsync(adjuster, policy.Number, DateTimeOffset.UtcNow.AddDays(-1));
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Guid holder;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            holder = await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().Policies.Where(p => p.Number == policy.Number).Select(p => p.PolicyholderId).SingleAsync();
        }

        var body = await adjuster.GetFromJsonAsync<JsonElement>($"/api/customers/{holder}/timeline");
        var missing = await adjuster.GetAsync($"/api/customers/{Guid.NewGuid()}/timeline");

        var kinds = body.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("PolicyStarted", kinds);
        Assert.Contains("ClaimReported", kinds);
        var times = body.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("at").GetDateTime()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
