using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

/// <summary>Allocating down the chain, recording blanks, and reconciling, through the Admin API over the demo chain.</summary>
public sealed class DocumentRegisterApiTests(PoliciesAppFixture fixture) : IClassFixture<PoliciesAppFixture>
{
    [Fact]
    public async Task Allocation_OverlappingAnotherAgent_Answers400WithReason()
    {
        var admin = await ApiClients.ForAsync(fixture.App, "admin");
        var branch = await BranchRangeAsync();

        var response = await admin.PostAsJsonAsync("/api/documents/ranges", new { parentRangeId = branch, holderKind = "Agent", holderCode = "AG-SH-009", from = 9_000, to = 11_000 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("overlaps", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reconciliation_AllocatedThenLostBlank_CountsItAndLeavesNoGap()
    {
        var admin = await ApiClients.ForAsync(fixture.App, "admin");
        var branch = await BranchRangeAsync();
        var allocated = await admin.PostAsJsonAsync("/api/documents/ranges", new { parentRangeId = branch, holderKind = "Agent", holderCode = "AG-SH-007", from = 70_001, to = 70_100 });

        var lost = await admin.PostAsJsonAsync("/api/documents/register", new { type = "PolicyForm", serial = 70_005, status = "Lost", reason = "Left in a taxi" });
        var noReason = await admin.PostAsJsonAsync("/api/documents/register", new { type = "PolicyForm", serial = 70_006, status = "Void", reason = "" });
        var r = await admin.GetFromJsonAsync<JsonElement>("/api/documents/reconciliation/AG-SH-007?type=PolicyForm");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.BadRequest), (allocated.StatusCode, lost.StatusCode, noReason.StatusCode));
        Assert.Equal((100, 1, 99), (r.GetProperty("allocated").GetInt32(), r.GetProperty("lost").GetInt32(), r.GetProperty("onHand").GetInt32()));
        Assert.Empty(r.GetProperty("gaps").EnumerateArray());
    }

    [Fact]
    public async Task Reconciliation_NotAdmin_Answers403()
    {
        var agent = await ApiClients.ForAsync(fixture.App, "agent");

        var response = await agent.GetAsync("/api/documents/reconciliation/AG-SH-001");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<Guid> BranchRangeAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimsDbContext>().SerialRanges
            .Where(r => r.HolderCode == "SH" && r.Type == Claims.Domain.Documents.DocumentType.PolicyForm).Select(r => r.Id).SingleAsync();
    }
}
