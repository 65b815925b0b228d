using System.Net;
using System.Net.Http.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.ClaimScenarios;

namespace Claims.Tests.Web;

/// <summary>A first notice of loss retried with its Idempotency-Key opens one claim (and one motor-claim workflow), on SQLite.</summary>
public sealed class IdempotentClaimNoticeTests(DemoClaimsFixture fixture) : IClassFixture<DemoClaimsFixture>
{
    private readonly ClaimsAppFactory _app = fixture.App;

    [Fact]
    public async Task ReportClaim_RetriedSequentiallyAndInParallelWithOneKey_OpensOneClaim()
    {
        var adjuster = await ApiClients.ForAsync(_app, "adjuster");
        var policy = await PolicyAsync(_app, 11);
        var lossAt = new DateTimeOffset(DateTime.UtcNow.AddDays(-1));
        var before = await ClaimsOnAsync(policy.Number);

        var first = await NoticeAsync(adjuster, "notice-1", policy.Number, lossAt);
        var retries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => NoticeAsync(adjuster, "notice-1", policy.Number, lossAt)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.All(retries, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.All(retries, r => Assert.Equal(first.Headers.Location, r.Headers.Location));
        Assert.Equal(before + 1, await ClaimsOnAsync(policy.Number));
    }

    private static Task<HttpResponseMessage> NoticeAsync(HttpClient client, string key, string policyNumber, DateTimeOffset lossAt)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/claims")
        {
            Content = JsonContent.Create(new
            {
                policyNumber, lossAt, lossPlace = "Yan'an Elevated Road", cause = "Collision", liability = "Full",
                description = "Rear-ended in slow traffic.", injuries = false, drivable = true, thirdPartyCount = 0, channel = "Phone",
            }),
        };
        request.Headers.Add(IdempotencyKeys.Header, key);
        return client.SendAsync(request);
    }

    private Task<int> ClaimsOnAsync(string policyNumber) =>
        _app.WithDbAsync(db => (from c in db.Claims join p in db.Policies on c.PolicyId equals p.Id where p.Number == policyNumber select c.Id).CountAsync());
}
