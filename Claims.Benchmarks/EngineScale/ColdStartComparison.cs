namespace Claims.Benchmarks.EngineScale;

/// <summary>
/// Compares the restart of published builds of the app (each folder holds a <c>Claims.Web.dll</c>, e.g. a plain
/// <c>dotnet publish</c> and a ReadyToRun one), interleaved round by round so that each sees the same machine. Each build
/// gets its own SQLite file, migrated and imported by an unmeasured first start; the rounds then restart on it, as a
/// node restart does. Prints wall and CPU time per build (median) and the CPU ratio against the first build.
/// Command: <c>cold-start --apps /tmp/jit,/tmp/r2r [--runs 5] [--definitions 100]</c>.
/// </summary>
internal static class ColdStartComparison
{
    public static async Task RunAsync(string[] args)
    {
        var apps = BenchmarkArgs.Text(args, "--apps")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var runs = BenchmarkArgs.Int(args, "--runs", 5);
        var definitions = BenchmarkArgs.Int(args, "--definitions", 100);
        var dlls = apps.Select(a => Path.Combine(Path.GetFullPath(a), "Claims.Web.dll")).ToArray();
        var missing = dlls.Length == 0 ? "--apps <published folder>,<published folder>" : dlls.FirstOrDefault(dll => !File.Exists(dll));
        if (missing is not null)
        {
            Console.Error.WriteLine($"{missing} is required (not found)");
            Environment.ExitCode = 2;
            return;
        }

        var root = Directory.CreateTempSubdirectory("claims-coldstart-").FullName;
        try
        {
            var workflows = await ColdStart.WorkflowsFolderAsync(root, Path.Combine(apps[0], "workflows"), definitions);
            var folders = dlls.Select((_, i) => Directory.CreateDirectory(Path.Combine(root, $"app{i}")).FullName).ToArray();
            for (var i = 0; i < dlls.Length; i++)
            {
                await ColdStart.MeasureAsync(dlls[i], folders[i], workflows); // migrate and import, unmeasured
            }

            var samples = dlls.Select(_ => new List<(double WallMs, double CpuMs)>()).ToArray();
            for (var round = 1; round <= runs; round++)
            {
                for (var i = 0; i < dlls.Length; i++)
                {
                    var sample = await ColdStart.MeasureAsync(dlls[i], folders[i], workflows);
                    samples[i].Add(sample);
                    Console.WriteLine($"  round {round} {apps[i]}: wall {sample.WallMs:N0} ms, CPU {sample.CpuMs:N0} ms, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
                }
            }

            var baseline = Median(samples[0].Select(s => s.CpuMs));
            for (var i = 0; i < dlls.Length; i++)
            {
                var cpu = Median(samples[i].Select(s => s.CpuMs));
                Console.WriteLine($"{apps[i]}: median wall {Median(samples[i].Select(s => s.WallMs)):N0} ms, median CPU {cpu:N0} ms, CPU ×{cpu / baseline:N2} of the first");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
