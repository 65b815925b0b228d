using Claims.Benchmarks.Chaos;

namespace Claims.Tests.Fixtures;

/// <summary>Runs a tool to completion and fails loudly with its output (the chaos harness's <see cref="Shell"/>, compiled in).</summary>
internal static class ProcessRunner
{
    public static Task<string> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, bool check = true) =>
        Shell.RunAsync(fileName, arguments, timeout, check);

    public static Task<string> RunAsPostgresAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout) =>
        Shell.RunAsPostgresAsync(fileName, arguments, timeout);
}
