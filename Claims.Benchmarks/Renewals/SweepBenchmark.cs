using System.Diagnostics;
using System.Globalization;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Claims.Benchmarks.Renewals;

/// <summary>
/// <c>sweep [policies=1000000]</c>: the real <see cref="RenewalSweep"/> over a book of policies on SQLite with expiries spread
/// evenly over a year; the first run records and enqueues every stage due, the second (same day) finds nothing new.
/// Reports elapsed time, the peak working set and GC heap sampled during each run.
/// </summary>
internal static class SweepBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var today = new DateOnly(2026, 11, 24);
        await using var book = await TempBook.CreateAsync("claims-sweep-");
        var watch = Stopwatch.StartNew();
        await GenerateAsync(book, count, today);
        Console.WriteLine($"Book: {count:N0} policies (expiries spread over 365 days, 1,000 policyholders and vehicles, 1 agent) generated in {watch.Elapsed.TotalSeconds:N1} s");

        await using var provider = book.Services(s => s.AddSingleton<ITierLookup, NoTiers>());
        var sweep = new RenewalSweep(provider.GetRequiredService<IServiceScopeFactory>(), new RenewalOptions(), TimeProvider.System, NullLogger<RenewalSweep>.Instance);

        foreach (var run in new[] { "first run (every stage due is new)", "second run, same day (nothing new)" })
        {
            GC.Collect();
            var before = Process.GetCurrentProcess().WorkingSet64;
            using var sampler = new PeakSampler();
            var started = Stopwatch.StartNew();
            var result = await sweep.RunAsync(today, default);
            var elapsed = started.Elapsed;
            sampler.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Sweep {run}: {result} in {elapsed.TotalSeconds:N1} s · peak working set {sampler.PeakWorkingSet / 1048576.0:N0} MB (before {before / 1048576.0:N0} MB) · peak GC heap {sampler.PeakHeap / 1048576.0:N0} MB"));
        }

        await using var db = provider.CreateAsyncScope().ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var byStage = await db.Set<RenewalReminder>().GroupBy(r => r.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Console.WriteLine($"Reminders by stage: {string.Join(", ", byStage.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Count:N0}"))}; outbox rows {await db.OutboxMessages.CountAsync():N0}");
    }

    private static async Task GenerateAsync(TempBook book, int count, DateOnly today)
    {
        var holders = Enumerable.Range(0, 1000).Select(i => Policyholder.Create(Guid.CreateVersion7(), $"Holder {i}", new DateOnly(1980, 1, 1), new DateOnly(2000, 1, 1), "138 0000 0000", null)).ToList();
        var vehicles = Enumerable.Range(0, 1000).Select(i => Vehicle.Create(Guid.CreateVersion7(), $"LSVBR0000P{i:D7}", $"沪A{i:D5}", "VW-LAVIDA", new DateOnly(2022, 1, 1), VehicleUsage.Private, 5)).ToList();
        var agent = Agent.Create(Guid.CreateVersion7(), "AG-BENCH", "Bench Agent", "SH", "Shanghai");
        await using (var db = book.Open())
        {
            db.Regions.Add(Region.Create("SH", "Shanghai"));
            db.Agents.Add(agent);
            db.VehicleModels.Add(VehicleModel.Create("VW-LAVIDA", "Volkswagen", "Lavida", null, 120_000m));
            await db.SaveChangesAsync();
        }

        await book.InsertAsync(holders);
        await book.InsertAsync(vehicles);
        // Expiries from 200 days ago to 165 days ahead: about 29% of the book sits in the 90-day lead + 15-day grace window.
        await book.InsertAsync(count, i =>
        {
            var expiry = today.AddDays(i % 365 - 200);
            return Policy.Issue(Guid.CreateVersion7(), string.Create(CultureInfo.InvariantCulture, $"PB{i:D8}"), holders[i % 1000].Id, vehicles[i % 1000].Id,
                agent.Id, "SH", expiry.AddYears(-1).AddDays(1), expiry, 2_000m + i % 1000, Cover.ThirdPartyLiability | Cover.OwnDamage);
        });
        await book.AnalyzeAsync();
    }

    /// <summary>Samples the working set and GC heap every 20 ms while a run lasts.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public PeakSampler() => _loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                Sample(process);
                try
                {
                    await Task.Delay(20, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        public long PeakWorkingSet { get; private set; }
        public long PeakHeap { get; private set; }

        public void Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            using var process = Process.GetCurrentProcess();
            Sample(process);
        }

        private void Sample(Process process)
        {
            process.Refresh();
            PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(false));
        }

        public void Dispose() => _stop.Dispose();
    }
}
