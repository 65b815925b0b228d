namespace Claims.Benchmarks;

/// <summary>A benchmark's <c>--name value</c> options.</summary>
internal static class BenchmarkArgs
{
    public static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) => int.TryParse(Text(args, name), out var value) ? value : fallback;

    public static int[] Ints(string[] args, string name, int[] fallback) => Text(args, name) is { } list ? list.Split(',').Select(int.Parse).ToArray() : fallback;
}
