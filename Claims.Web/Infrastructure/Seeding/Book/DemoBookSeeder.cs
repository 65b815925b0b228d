using System.Diagnostics;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>
/// The living demo book: once per database, after the demo policies, runs every <see cref="IDemoStep"/> in order
/// through the app's handlers and workflows on the book's clock (<c>Demo:AsOf</c>, default now; <c>Demo:Book=false</c> skips it). A job-run row
/// claims the book first, so a second node starting at the same moment (or any later start) skips it.
/// </summary>
public sealed class DemoBookSeeder(IServiceProvider services, IEnumerable<IDemoStep> steps, IConfiguration configuration, TimeProvider time,
    ILogger<DemoBookSeeder> logger) : ISeeder
{
    public const string JobName = "demo.book";

    public int Order => 40;

    /// <summary>What the last run made, per step (for the log, the tests and the closing note).</summary>
    public IReadOnlyDictionary<string, int> Made => _made;

    /// <summary>How long the last run took.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Steps that failed in the last run, with their error.</summary>
    public IReadOnlyList<string> Failures => _failures;

    private readonly Dictionary<string, int> _made = [];

    private readonly List<string> _failures = [];

    public async Task SeedAsync(ClaimsDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var asOf = configuration.GetValue<DateTimeOffset?>("Demo:AsOf")?.UtcDateTime ?? new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        if (!configuration.GetValue("Demo:Book", true) || !await ClaimAsync(db, DateOnly.FromDateTime(asOf), now, ct))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var pump = new DemoMessagePump(services);
        await pump.StartAsync(ct);
        var book = new DemoBook(services, asOf, pump);
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            var started = watch.ElapsedMilliseconds;
            try
            {
                _made[step.Name] = await step.RunAsync(book, ct);
                logger.LogInformation("Demo book: {Count} {Step} in {ElapsedMs} ms", _made[step.Name], step.Name, watch.ElapsedMilliseconds - started);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // A demo book missing one state still serves; the app must start. The failure is logged and kept for the tests.
                _failures.Add($"{step.Name}: {ex.Message}");
                logger.LogError(ex, "Demo book step {Step} failed", step.Name);
            }
        }

        AsOfClock.Clear();
        var run = await db.Set<JobRun>().SingleAsync(r => r.JobName == JobName, ct);
        var summary = string.Join(", ", _made.Select(m => $"{m.Value} {m.Key}"));
        run.Complete(time.GetUtcNow().UtcDateTime, summary);
        await db.SaveChangesAsync(ct);
        Elapsed = watch.Elapsed;
        logger.LogInformation("Demo book as of {AsOf} seeded in {ElapsedMs} ms ({Messages} messages): {Summary}",
            asOf, watch.ElapsedMilliseconds, pump.Sent, summary);
    }

    /// <summary>True when this start claimed the book; false when another start did, now or before.</summary>
    private static async Task<bool> ClaimAsync(ClaimsDbContext db, DateOnly asOf, DateTime now, CancellationToken ct)
    {
        if (await db.Set<JobRun>().AnyAsync(r => r.JobName == JobName, ct))
        {
            return false;
        }

        db.Set<JobRun>().Add(JobRun.Start(JobName, asOf, NodeName.New(), now, TimeSpan.FromHours(1)));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsDuplicateKey(ex))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
