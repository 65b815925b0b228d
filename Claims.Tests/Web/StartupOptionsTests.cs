using Claims.Tests.Fixtures;

namespace Claims.Tests.Web;

/// <summary>A missing or bad setting stops the start with its key named (issue 21), not the first request that needs it.</summary>
public sealed class StartupOptionsTests
{
    [Theory]
    [InlineData("Renewals:TokenKey", "")]
    [InlineData("Messaging:RelayLease", "00:00:00")]
    [InlineData("Messaging:RelayBatchSize", "0")]
    [InlineData("Mail:PublicBaseUrl", "not a url")]
    [InlineData("Renewals:GraceDays", "-1")]
    [InlineData("Evidence:MaxFileBytes", "0")]
    [InlineData("Evidence:ThumbnailSize", "5000")]
    [InlineData("Auth:SigningKey", "")]
    [InlineData("Auth:SigningKey", "too short")]
    [InlineData("Auth:TokenLifetimeMinutes", "0")]
    [InlineData("Database:Provider", "Oracle")]
    [InlineData("Workflows:TimerPollInterval", "00:00:00")]
    [InlineData("Workflows:JavaScriptMemoryLimitBytes", "-1")]
    [InlineData("Claims:DefaultExcess", "-1")]
    [InlineData("Claims:AuthorityLimits:1", "-5", "Claims:AuthorityLimits")]
    [InlineData("Fraud:ReferralThreshold", "0")]
    [InlineData("Fraud:EvidenceDistanceKm", "-1")]
    [InlineData("Underwriting:CommissionCapPercent", "101")]
    [InlineData("Reinspection:RandomShare", "2")]
    [InlineData("Money:ReserveAuthorityLimits:1", "-1", "Money:ReserveAuthorityLimits")]
    [InlineData("OpenTelemetry:Endpoint", "not a url")]
    [InlineData("Demo:Seed", "maybe")]
    public void Startup_SettingMissingOrOutOfRange_FailsNamingTheKey(string key, string value, string? named = null)
    {
        using var app = ClaimsAppFactory.WithSqlite();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        // A dictionary entry is named by its dictionary: the check is over the whole map.
        Assert.Contains(named ?? key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_AllSettingsValid_Starts()
    {
        await using var app = ClaimsAppFactory.WithSqlite();

        using var response = await app.CreateClient().GetAsync("/health");

        Assert.True(response.IsSuccessStatusCode);
    }
}
