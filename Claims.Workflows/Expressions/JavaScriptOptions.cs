namespace Claims.Workflows.Expressions;

/// <summary>Sandbox limits for workflow JavaScript; one engine per evaluation, no CLR access.</summary>
public sealed record JavaScriptOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    public long MemoryLimitBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>0 means no limit; the timeout is the main guard, as in Elsa.</summary>
    public int MaxStatements { get; init; }

    public int RecursionLimit { get; init; } = 64;
}
