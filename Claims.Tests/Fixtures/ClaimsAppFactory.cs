using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Fixtures;

/// <summary>
/// The real app over a chosen database and transport. Settings go through UseSetting: values added in
/// ConfigureAppConfiguration reach Program.cs too late.
/// </summary>
public sealed class ClaimsAppFactory(
    DatabaseProvider provider, string connectionString, MessagingTransport transport = MessagingTransport.InMemory, string? queuePrefix = null)
    : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-0123456789-0123456789-abcdef";

    public const string RenewalTokenKey = "test-renewal-token-key-0123456789-abcdef";

    private string? _ownedDirectory;

    /// <summary>Any further settings, e.g. <c>["Demo:Seed"] = "true"</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Replacements and additions after the app registered its services (fault injectors, observers).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    public string QueuePrefix { get; } = queuePrefix ?? RabbitMqFixture.NewQueuePrefix();

    /// <summary>Where notices go unless a test sets <c>Mail:PickupFolder</c>: never the source tree.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"claims-test-mail-{Guid.NewGuid():N}");

    /// <summary>A new SQLite file in a temp directory that the factory deletes on dispose.</summary>
    public static ClaimsAppFactory WithSqlite(MessagingTransport transport = MessagingTransport.InMemory, string? queuePrefix = null)
    {
        var directory = Directory.CreateTempSubdirectory("claims-test-").FullName;
        return new ClaimsAppFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "claims.db")};Default Timeout=30", transport, queuePrefix)
        {
            _ownedDirectory = directory,
        };
    }

    /// <summary>
    /// The demo book on a new SQLite file, with <paramref name="time"/> as the app's clock and no daily jobs: the tests run
    /// the sweep and the recomputations themselves, on the day they choose. Add services with <paramref name="services"/>.
    /// </summary>
    public static ClaimsAppFactory DemoBookAt(TimeProvider time, Action<IServiceCollection>? services = null)
    {
        var app = WithSqlite();
        app.Settings["Demo:Seed"] = "true";
        app.Settings["Scheduling:Enabled"] = "false";
        app.TestServices = s =>
        {
            s.AddSingleton(time);
            services?.Invoke(s);
        };
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Messaging:Transport", transport.ToString());
        builder.UseSetting("Messaging:QueuePrefix", QueuePrefix);
        // A test's queues go when it has not consumed for a while, even when it forgets (or fails) to delete them.
        builder.UseSetting("Messaging:QueueExpiry", "00:05:00");
        // Quick retries, so a poison message reaches _error in well under a second.
        builder.UseSetting("Messaging:RetryLimit", "2");
        builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
        builder.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Renewals:TokenKey", RenewalTokenKey);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // Tests about other steps submit estimates without photos; the evidence tests turn the check on.
        builder.UseSetting("Evidence:EnforceRequired", "false");
        builder.UseSetting("Evidence:BlobFolder", MailFolder + "-blobs");
        builder.UseSetting("Demo:Seed", "false");
        // Tests build their own scenarios on the demo policies; the demo book is tested on its own (DemoBookTests).
        builder.UseSetting("Demo:Book", "false");
        // The test client talks plain http to the in-memory server; its cookie jar would drop Secure cookies.
        builder.UseSetting("Auth:SecureCookies", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        if (Directory.Exists(MailFolder + "-blobs"))
        {
            Directory.Delete(MailFolder + "-blobs", recursive: true);
        }
        if (_ownedDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_ownedDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
