using System.Diagnostics;

namespace Claims.Benchmarks.Chaos;

/// <summary>Runs a tool to completion; a non-zero exit throws with its output.</summary>
public static class Shell
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, bool check = true)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish within {timeout}.");
        }

        var output = await stdout + await stderr;
        return process.ExitCode == 0 || !check ? output
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{output}");
    }

    /// <summary>As the postgres user when running as root (initdb refuses root), else directly.</summary>
    public static Task<string> RunAsPostgresAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", fileName, .. arguments], timeout)
            : RunAsync(fileName, arguments, timeout);
}
