using System.Net.Http.Headers;
using System.Net.Http.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Tests.OpenApi.Generated;

namespace Claims.Tests.OpenApi;

/// <summary>
/// The C# client NSwag generates from the committed /openapi/v1.json (see Claims.Tests.csproj) drives a claim from
/// first notice to closure against the app on Kestrel: a schema that lies about a body or an answer fails here.
/// </summary>
public sealed class GeneratedClientTests : IDisposable
{
    private readonly LiveAppHost _host = new(settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "false" });

    private readonly HttpClient _http;

    public GeneratedClientTests() => _http = new HttpClient { BaseAddress = new Uri(_host.BaseUrl) };

    [Fact]
    public async Task GeneratedClient_NoticeEstimateSubmit_ClaimPaidAndClosed()
    {
        var client = new ClaimsApiClient(_http);
        var token = await client.IssueTokenAsync(new IssueTokenRequest { UserName = "adjuster", Password = ApiClients.DemoPassword });
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var policy = await ClaimScenarios.PolicyAsync(_host);

        var notice = await client.ReportClaimAsync(new ReportClaimRequest
        {
            PolicyNumber = policy.Number, LossAt = DateTimeOffset.UtcNow.AddDays(-1), LossPlace = "Yan'an Elevated Road near Jiangsu Road exit",
            Cause = "Collision", Liability = "Full", Description = "Rear-ended in slow traffic; front bumper damaged.",
            Injuries = false, Drivable = true, ThirdPartyCount = 1, ThirdParties = "沪B·12345, Ping An", Channel = "Phone",
        });
        var parts = await client.SearchPartsAsync(policy.ModelCode, policy.RegionCode, "", null, 50);
        var bumper = parts.Parts.First(p => p.Position == "BUMPER_FRONT" && p.Prices.FourS is not null);
        var estimate = await client.RecordEstimateSaveAsync(notice.Id, null, new EstimateRequest
        {
            ShopClass = "Class1", Salvage = 50m,
            Lines =
            [
                new EstimateLineRequest { Kind = "Part", PartNumber = bumper.PartNumber, Channel = "FourS", Quantity = 1 },
                new EstimateLineRequest { Kind = "Labour", Position = "BUMPER_FRONT", WorkType = "Replace" },
                new EstimateLineRequest { Kind = "Paint", Position = "BUMPER_FRONT" },
            ],
        });
        var submitted = await client.SubmitEstimateAsync(notice.Id);
        await Eventually.WaitAsync(() => client.GetClaimAsync(notice.Id), c => c.Status == ClaimStatus.Paid, what: "the claim to be paid");
        (await (await ApiClients.ForAsync(_host, "admin")).PostAsync("/api/payment-exports", JsonContent.Create(new { }))).EnsureSuccessStatusCode();
        var closed = await Eventually.WaitAsync(() => client.GetClaimAsync(notice.Id), c => c.Status == ClaimStatus.Closed, what: "the claim to close");

        Assert.Equal((ClaimStatus.Surveying, "adjuster"), (notice.Status, notice.AssignedAdjuster));
        Assert.Equal(bumper.Prices.FourS, estimate.Lines.First().UnitPrice);
        Assert.Equal("Submitted", submitted.Outcome);
        Assert.Equal(estimate.Totals.Payable, closed.Paid!.Amount);
        Assert.Equal(notice.Number, closed.Number);
    }

    [Fact]
    public async Task GeneratedClient_RefusedRequests_ReadAsDeclaredProblems()
    {
        var client = new ClaimsApiClient(_http);

        var anonymous = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => client.GetClaimAsync(Guid.NewGuid()));
        var wrongPassword = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(
            () => client.IssueTokenAsync(new IssueTokenRequest { UserName = "adjuster", Password = "wrong" }));
        var missing = await Assert.ThrowsAsync<ApiException<HttpValidationProblemDetails>>(
            () => client.IssueTokenAsync(new IssueTokenRequest { UserName = "", Password = "" }));

        Assert.Equal((401, 401), (anonymous.StatusCode, anonymous.Result.Status));
        Assert.Equal((401, "Sign-in failed"), (wrongPassword.StatusCode, wrongPassword.Result.Title));
        Assert.Equal(["password", "userName"], missing.Result.Errors!.Keys.Order());
    }

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
    }
}
