using System.Globalization;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// <c>chaos &lt;scenario&gt; [size] [seconds]</c>: runs one reliability scenario on real processes and prints its figures.
/// Needs PostgreSQL binaries (initdb) and RabbitMQ on 127.0.0.1:5672 (CLAIMS_RABBITMQ_PORT overrides).
/// </summary>
public static class ChaosBenchmark
{
    private static readonly Dictionary<string, (int Size, int Seconds, string What)> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["r1-resumes"] = (10_000, 10, "kill -9 one of two nodes at 30 % of the task completions; seconds = down before restart"),
        ["r1-starts"] = (10_000, 10, "kill -9 one of two nodes at 30 % of the starts; seconds = down before restart"),
        ["r2-faults"] = (1_000, 3, "faults at every persistence step; seconds = fault probability in percent"),
        ["r2-crashes"] = (1_000, 1, "every fault kills its process, the harness restarts it after 2 s; seconds = fault probability in per mille"),
        ["r4-timers"] = (10_000, 600, "timers fall due while both nodes are down; seconds = downtime"),
        ["r6-broker"] = (10_000, 60, "the broker unreachable during the completions; seconds = outage"),
        ["r6-database"] = (10_000, 10, "PostgreSQL stopped (immediate) during the completions; seconds = outage"),
        ["r1-sweep"] = (10_000, 10, "kill -9 the node running the renewal sweep at 30 % of it; size = policies due; seconds = down before restart"),
        ["r6-sweep"] = (100_000, 60, "the broker unreachable from 30 % of the renewal sweep; size = policies due; seconds = outage"),
        ["r7-soak"] = (60, 10, "one node at a steady mixed load with renewal reminders; size = minutes, seconds = sample interval"),
        ["r8-poison"] = (1_000, 10, "a poisoned activity and poison messages among the load, fixed, retried and replayed; seconds = node-b down during the retries (0: no kill)"),
    };

    public static async Task RunAsync(string[] args)
    {
        if (args.Length == 0 || !Defaults.TryGetValue(args[0], out var defaults))
        {
            Console.Error.WriteLine("Usage: chaos <scenario> [size] [seconds]");
            foreach (var (name, d) in Defaults)
            {
                Console.Error.WriteLine($"  {name,-12} size {d.Size}, seconds {d.Seconds}: {d.What}");
            }

            Environment.ExitCode = 2;
            return;
        }

        var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : defaults.Size;
        var seconds = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : defaults.Seconds);
        var log = Console.Out;
        var report = args[0].ToLowerInvariant() switch
        {
            "r1-resumes" => await ChaosScenarios.KillDuringResumesAsync(size, seconds, log),
            "r1-starts" => await ChaosScenarios.KillDuringStartsAsync(size, seconds, log),
            "r2-faults" => await ChaosScenarios.FaultInjectionAsync(size, seconds.TotalSeconds / 100, log),
            "r2-crashes" => await ChaosScenarios.FaultInjectionAsync(size, seconds.TotalSeconds / 1000, log, crash: true),
            "r4-timers" => await ChaosScenarios.TimersWhileDownAsync(size, seconds, log),
            "r6-broker" => await ChaosScenarios.BrokerOutageAsync(size, seconds, log),
            "r6-database" => await ChaosScenarios.DatabaseRestartAsync(size, seconds, log),
            "r1-sweep" => await SweepScenarios.KillDuringSweepAsync(size, seconds, log),
            "r6-sweep" => await SweepScenarios.BrokerOutageDuringSweepAsync(size, seconds, log),
            "r8-poison" => await PoisonScenario.RunAsync(size, seconds, log),
            _ => await SoakRun.RunAsync(TimeSpan.FromMinutes(size), seconds, perSecond: 10, Directory.GetCurrentDirectory(), log),
        };
        report.Print(log);
        if (!report.Passed)
        {
            Environment.ExitCode = 1;
        }
    }
}
