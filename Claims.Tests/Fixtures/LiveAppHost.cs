using Microsoft.AspNetCore.Hosting;
using Claims.Tests.Builders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Claims.Tests.Fixtures;

/// <summary>The real app with its own SQLite file and demo data; on a loopback Kestrel port when a browser needs it.</summary>
public sealed class LiveAppHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claims-live-").FullName;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public LiveAppHost(bool kestrel = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        if (kestrel)
        {
            UseKestrel(0);
            StartServer();
        }
    }

    /// <summary>The pickup folder the app writes its mails to (inside the host's temp folder).</summary>
    public string MailFolder => Path.Combine(_folder, "mailbox");

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Signs a demo user in through the login page and waits for "My work".</summary>
    public async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", ApiClients.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("h1:has-text('My work')");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "claims.db")};Default Timeout=30");
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Book", "false");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // Tests about other steps submit estimates without photos; the evidence tests turn the check on.
        builder.UseSetting("Evidence:EnforceRequired", "false");
        builder.UseSetting("Evidence:BlobFolder", Path.Combine(_folder, "blobs"));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is removed with the temp folder later; the test result stands.
        }
    }
}
