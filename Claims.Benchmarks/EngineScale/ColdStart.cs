using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Claims.Benchmarks.EngineScale;

/// <summary>
/// Cold start of the real app: <c>dotnet Claims.Web.dll</c> (the Release build next to this one) as a new process, over
/// a new SQLite file, with a workflows folder of the shipped definitions plus generated ones up to <c>count</c>; the
/// clock runs from Process.Start to the first 200 from GET /health. The first run migrates and imports every
/// definition; the later runs restart on the same file (nothing to import), as a node restart does.
/// </summary>
internal static class ColdStart
{
    public static async Task<List<(string Run, double Ms)>> RunAsync(int count, int runs)
    {
        var results = new List<(string, double)>();
        var dll = WebDll();
        if (dll is null)
        {
            Console.WriteLine("  Claims.Web/bin/Release/net10.0/Claims.Web.dll not found: build Claims.Benchmarks in Release first.");
            return results;
        }

        var folder = Directory.CreateTempSubdirectory("claims-coldstart-").FullName;
        try
        {
            var workflows = await WorkflowsFolderAsync(folder, Path.Combine(Path.GetDirectoryName(dll)!, "workflows"), count);
            Console.WriteLine($"  {Directory.GetFiles(workflows, "*.json").Length} definitions in the workflows folder");
            for (var run = 1; run <= runs; run++)
            {
                var ms = await OneAsync(dll, folder, workflows);
                var label = run == 1 ? "first boot (migrate + import)" : $"restart {run - 1}";
                Console.WriteLine($"  {label}: {ms:N0} ms");
                results.Add((label, ms));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return results;
    }

    private static async Task<double> OneAsync(string dll, string folder, string workflows) => (await MeasureAsync(dll, folder, workflows)).WallMs;

    /// <summary>
    /// One start: wall time to the first 200 from /health, and the CPU time the process had used by then (all its threads,
    /// from /proc; Linux only, else 0). The CPU time is what start-up costs whatever else the machine is doing; the wall
    /// time on a loaded machine is mostly waiting for a core.
    /// </summary>
    public static async Task<(double WallMs, double CpuMs)> MeasureAsync(string dll, string folder, string workflows)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        env["Database__Provider"] = "Sqlite";
        env["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "claims.db")};Default Timeout=30";
        env["Messaging__Transport"] = "InMemory";
        env["Workflows__ShippedFolder"] = workflows;
        env["Demo__Seed"] = "false";
        env["Demo__Book"] = "false";
        env["Mail__PickupFolder"] = Path.Combine(folder, "mail");
        env["Evidence__BlobFolder"] = Path.Combine(folder, "blobs");
        env["Logging__LogLevel__Default"] = "Warning";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Claims.Web exited with {process.ExitCode}: {errors}");
                }

                try
                {
                    if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode == HttpStatusCode.OK)
                    {
                        return (clock.Elapsed.TotalMilliseconds, CpuMs(process.Id));
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                catch (TaskCanceledException)
                {
                    // listening, not answering yet
                }

                await Task.Delay(10);
            }

            throw new TimeoutException($"Claims.Web did not answer /health within 3 minutes: {errors}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>A workflows folder under <paramref name="folder"/>: the shipped definitions, then generated ones up to <paramref name="count"/>.</summary>
    public static async Task<string> WorkflowsFolderAsync(string folder, string shippedFolder, int count)
    {
        var workflows = Directory.CreateDirectory(Path.Combine(folder, "workflows")).FullName;
        foreach (var shipped in Directory.EnumerateFiles(shippedFolder, "*.json"))
        {
            File.Copy(shipped, Path.Combine(workflows, Path.GetFileName(shipped)));
        }

        for (var n = Directory.GetFiles(workflows, "*.json").Length; n < count; n++)
        {
            await File.WriteAllTextAsync(Path.Combine(workflows, $"generated-{n:000}.json"), ScaleDefinitions.Json($"generated-{n:000}", n));
        }

        return workflows;
    }

    private static double CpuMs(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 a second).
        var fields = File.ReadAllText(stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
    }

    private static string? WebDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "Claims.Web", "bin", "Release", "net10.0", "Claims.Web.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
