using System.Net.Http.Headers;
using System.Net.Http.Json;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Fixtures;

/// <summary>The app on its own temporary SQLite file, in Development; demo business data only when asked for.</summary>
public class RefDataAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Claims!2026";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"claims-refdata-{Guid.NewGuid():N}.db");

    private readonly bool _seedDemoData;

    // Development sends renewal notices at start-up: into a temp folder, never the source tree.
    private readonly string _mailFolder = Path.Combine(Path.GetTempPath(), $"claims-refdata-mail-{Guid.NewGuid():N}");

    public RefDataAppFactory()
        : this(seedDemoData: true)
    {
    }

    protected RefDataAppFactory(bool seedDemoData) => _seedDemoData = seedDemoData;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databasePath}");
        builder.UseSetting("Demo:Seed", _seedDemoData ? "true" : "false");
        builder.UseSetting("Demo:Book", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Mail:PickupFolder", _mailFolder);
        // Tests about other steps submit estimates without photos; the evidence tests turn the check on.
        builder.UseSetting("Evidence:EnforceRequired", "false");
        builder.UseSetting("Evidence:BlobFolder", _mailFolder + "-blobs");
    }

    /// <summary>A client carrying a bearer token for one of the demo users.</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<ClaimsDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }

        if (Directory.Exists(_mailFolder))
        {
            Directory.Delete(_mailFolder, recursive: true);
        }

        if (Directory.Exists(_mailFolder + "-blobs"))
        {
            Directory.Delete(_mailFolder + "-blobs", recursive: true);
        }
    }

    private sealed record TokenResponse(string AccessToken);
}

/// <summary>Development with Demo:Seed off: sign-in accounts only, empty business tables.</summary>
public sealed class RefDataUsersOnlyAppFactory() : RefDataAppFactory(seedDemoData: false);
