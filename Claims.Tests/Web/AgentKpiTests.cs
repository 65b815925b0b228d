using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Domain.Kpis;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

public sealed class AgentKpiTests : IDisposable
{
    private readonly LiveAppHost _app = new(kestrel: false);

    [Fact]
    public async Task AgentKpis_Manager_GetsEarnedPremiumPerAgentForThePeriod()
    {
        var manager = await ApiClients.ForAsync(_app, "manager");
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = to.AddDays(-29);

        var body = await manager.GetFromJsonAsync<JsonElement>($"/api/kpis/agents?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var agents = await db.Agents.ToDictionaryAsync(a => a.Id, a => a.Code);
        var expected = (await db.Policies.AsNoTracking().Where(p => p.StartDate <= to && p.ExpiryDate >= from).ToListAsync())
            .GroupBy(p => agents[p.AgentId])
            .ToDictionary(g => g.Key, g => g.Sum(p => Kpi.EarnedPremium(p.Premium, p.StartDate, p.ExpiryDate, to) - Kpi.EarnedPremium(p.Premium, p.StartDate, p.ExpiryDate, from.AddDays(-1))));
        var rows = body.GetProperty("agents").EnumerateArray().ToDictionary(r => r.GetProperty("agentCode").GetString()!);
        Assert.NotEmpty(expected);
        Assert.All(expected, e => Assert.Equal(e.Value, rows[e.Key].GetProperty("earnedPremium").GetDecimal()));
        Assert.All(rows.Values.Where(r => r.GetProperty("earnedPremium").GetDecimal() > 0), r => Assert.Equal(0m, r.GetProperty("lossRatio").GetDecimal()));
    }

    [Fact]
    public async Task AgentKpis_AgentOrBadPeriod_RefusedWithProblemDetails()
    {
        var agent = await ApiClients.ForAsync(_app, "agent");
        var manager = await ApiClients.ForAsync(_app, "manager");

        var forbidden = await agent.GetAsync("/api/kpis/agents");
        var backwards = await manager.GetAsync("/api/kpis/agents?from=2026-06-01&to=2026-01-01");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("application/problem+json", backwards.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _app.Dispose();
}
