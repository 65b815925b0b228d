using System.Diagnostics;
using System.Reflection;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// One Claims.Web node as its own <c>dotnet</c> process (the build's Claims.Web.dll), with a stable <c>Node:Name</c> and
/// port, so it can be killed with SIGKILL and started again as an operator would.
/// </summary>
public sealed class AppNode(string name, IReadOnlyDictionary<string, string> settings, string logFolder) : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    private Process? _process;
    private int _starts;
    private volatile bool _stopping;

    public string Name { get; } = name;

    public int Port { get; } = PgCluster.FreePort();

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The process exited although the harness neither killed nor stopped it (an injected crash).</summary>
    public bool Crashed => !_stopping && _process is { HasExited: true };

    public int ProcessId => _process?.Id ?? 0;

    /// <summary>This node's own settings, over the cluster's, at every start (e.g. only node-b schedules daily jobs).</summary>
    public Dictionary<string, string> Own { get; } = [];

    /// <summary>Extra settings for the next start only (e.g. timers off while a scenario loads the database).</summary>
    public Dictionary<string, string> NextStart { get; } = [];

    public async Task StartAsync(TimeSpan within)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var dll = WebAssembly();
        info.WorkingDirectory = Path.GetDirectoryName(dll)!;
        info.ArgumentList.Add(dll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings.Where(s => !Own.ContainsKey(s.Key)).Concat(Own).Concat(NextStart).Append(new("Urls", BaseUrl)).Append(new("Node:Name", Name)))
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        NextStart.Clear();
        _stopping = false;
        var log = new StreamWriter(Path.Combine(logFolder, $"{Name}-{++_starts}.log")) { AutoFlush = true };
        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} at start; see {logFolder}.");
            }

            if (await HealthAsync() is "Healthy")
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not healthy within {within}; see {logFolder}.");
    }

    /// <summary>kill -9: no shutdown hooks, no flush, open transactions abandoned mid-flight.</summary>
    public void Kill()
    {
        _stopping = true;
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: false); // SIGKILL on Linux
            p.WaitForExit(10_000);
        }
    }

    /// <summary>The overall status /health answers (Healthy, Degraded, Unhealthy) or "down" when nothing answers.</summary>
    public async Task<string> HealthAsync()
    {
        try
        {
            using var response = await Probe.GetAsync(BaseUrl + "/health");
            var body = await response.Content.ReadAsStringAsync();
            return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("status").GetString() ?? "?";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return "down";
        }
    }

    /// <summary>Resident set (bytes) and thread count from /proc, for the soak's samples.</summary>
    public (long WorkingSet, int Threads) Sample()
    {
        if (_process is null || _process.HasExited)
        {
            return (0, 0);
        }

        _process.Refresh();
        return (_process.WorkingSet64, _process.Threads.Count);
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        if (_process is { HasExited: false } p)
        {
            p.Kill();
            await p.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    /// <summary>Claims.Web.dll of the same configuration as this build (CLAIMS_WEB_DLL overrides).</summary>
    public static string WebAssembly()
    {
        if (Environment.GetEnvironmentVariable("CLAIMS_WEB_DLL") is { Length: > 0 } configured)
        {
            return configured;
        }

        var configuration = typeof(AppNode).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Claims.sln")))
            {
                var dll = Path.Combine(dir.FullName, "Claims.Web", "bin", configuration, "net10.0", "Claims.Web.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build Claims.Web ({configuration}) first: {dll} is missing.");
            }
        }

        throw new DirectoryNotFoundException("Claims.sln not found above " + AppContext.BaseDirectory + "; set CLAIMS_WEB_DLL.");
    }
}
