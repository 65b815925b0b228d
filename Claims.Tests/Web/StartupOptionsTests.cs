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
    public void Startup_SettingMissingOrOutOfRange_FailsNamingTheKey(string key, string value)
    {
        using var app = ClaimsAppFactory.WithSqlite();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_AllSettingsValid_Starts()
    {
        await using var app = ClaimsAppFactory.WithSqlite();

        using var response = await app.CreateClient().GetAsync("/health");

        Assert.True(response.IsSuccessStatusCode);
    }
}
