using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Claims.Domain.Policies;
using Claims.Web.Features.Evidence;
using Claims.Web.Features.Portal;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Benchmarks.Evidence;

/// <summary>
/// <c>portal-upload [photos=10] [width=4000] [height=3000] [runs=3]</c>: a 10-photo claim uploaded by the policyholder
/// through the real HTTP pipeline (the app on a loopback Kestrel port, SQLite, one request per photo through the signed
/// status link, as the page sends them), against the same photos in one staff request; then the thumbnail time per photo.
/// Medians of the runs after one warm-up, each run on a fresh claim.
/// </summary>
internal static class PortalUploadBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var width = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4000;
        var height = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3000;
        var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        var photos = Enumerable.Range(0, count).Select(i => EvidenceBenchmark.Photo(i, width, height)).ToList();
        var megabytes = photos.Sum(p => p.Length) / 1048576.0;
        Console.WriteLine($"{count} photos {width}×{height}, {megabytes:N1} MB in all; load average {File.ReadAllText("/proc/loadavg")[..14]}");

        var folder = Directory.CreateTempSubdirectory("claims-portal-bench-").FullName;
        try
        {
            await using var app = new App(folder, width * height);
            app.UseKestrel(0);
            app.StartServer();
            var staff = app.CreateClient();
            var token = await (await staff.PostAsJsonAsync("/api/auth/token", new { userName = "adjuster", password = "Claims!2026" })).Content.ReadFromJsonAsync<TokenBody>();
            staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            var links = app.Services.GetRequiredService<PortalLinks>();
            var policies = await PoliciesAsync(app, runs * 2 + 2);
            var (portal, single) = (new List<double>(), new List<double>());
            for (var run = 0; run <= runs; run++)
            {
                var path = links.StatusPath(await ReportAsync(staff, policies[run * 2]));
                var other = await ReportAsync(staff, policies[(run * 2) + 1]);
                var p = await TimeAsync(async () =>
                {
                    foreach (var (photo, i) in photos.Select((p, i) => (p, i)))
                    {
                        (await staff.PostAsync(path + "/photos", Form(("p" + i + ".jpg", photo)))).EnsureSuccessStatusCode();
                    }
                });
                var s = await TimeAsync(async () =>
                    (await staff.PostAsync($"/api/claims/{other}/attachments", Form([.. photos.Select((photo, i) => ("p" + i + ".jpg", photo))]))).EnsureSuccessStatusCode());
                if (run > 0)
                {
                    portal.Add(p);
                    single.Add(s);
                }
            }

            var reader = app.Services.GetRequiredService<PhotoReader>();
            var thumbnails = photos.Select(photo => Time(() => reader.Thumbnail(photo))).ToList();
            Console.WriteLine($"Policyholder upload (HTTP, one request per photo): {megabytes / Median(portal) * 1000:N1} MB/s ({Median(portal):N0} ms for the claim, "
                + $"range {portal.Min():N0}–{portal.Max():N0}) vs one staff request with all photos {megabytes / Median(single) * 1000:N1} MB/s: ratio {Median(portal) / Median(single):N2}×");
            Console.WriteLine($"Thumbnail: {Median(thumbnails):N0} ms per photo (median of {count}, range {thumbnails.Min():N0}–{thumbnails.Max():N0})");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record TokenBody(string AccessToken);

    // Any Claims.Web type names the app's assembly and entry point; this program has its own Program class.
    private sealed class App(string folder, int maxPixels) : WebApplicationFactory<PortalOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "claims.db")};Default Timeout=30");
            builder.UseSetting("Messaging:Transport", "InMemory");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Demo:Book", "false");
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.UseSetting("Mail:PickupFolder", Path.Combine(folder, "mail"));
            builder.UseSetting("Sms:PickupFolder", Path.Combine(folder, "sms"));
            builder.UseSetting("Evidence:BlobFolder", Path.Combine(folder, "blobs"));
            builder.UseSetting("Evidence:MaxPixels", maxPixels.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Evidence:EnforceRequired", "false");
            builder.UseSetting("Portal:RequestsPerMinute", "10000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }

    private static async Task<List<string>> PoliciesAsync(App app, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var rows = await db.Policies.AsNoTracking().Where(p => p.RegionCode == "SH" && p.Status == PolicyStatus.InForce).OrderBy(p => p.Number)
            .Select(p => new { p.Number, p.Covers }).ToListAsync();
        return rows.Where(r => (r.Covers & Cover.OwnDamage) == Cover.OwnDamage).Take(count).Select(r => r.Number).ToList();
    }

    private static async Task<Guid> ReportAsync(HttpClient staff, string policyNumber)
    {
        var response = await staff.PostAsJsonAsync("/api/claims", new
        {
            policyNumber, lossAt = DateTimeOffset.UtcNow.AddHours(-3), lossPlace = "Century Avenue, Pudong", cause = "Collision", liability = "Full",
            description = "Benchmark claim.", injuries = false, drivable = true, thirdPartyCount = 0, channel = "Web",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ClaimBody>())!.Id;
    }

    private sealed record ClaimBody(Guid Id);

    private static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent("Damage"), "category" }, { new StringContent("front bumper"), "position" } };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "files", name);
        }

        return form;
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
