namespace Claims.Web.Infrastructure;

/// <summary>A name for this process among the nodes, recorded on the rows it claims (timers, daily job runs, outbox batches).</summary>
public static class NodeName
{
    public const string Setting = "Node:Name";

    public static string New() =>
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}" is var n && n.Length > 100 ? n[..100] : n;

    /// <summary>
    /// The same name across restarts (<c>Node:Name</c>, else the machine name), so a restarted node can take back what it
    /// claimed before it died instead of waiting out the lease.
    /// </summary>
    public static string Stable(IConfiguration configuration) =>
        (configuration[Setting] is { Length: > 0 } configured ? configured : Environment.MachineName) is var n && n.Length > 60 ? n[..60] : n;
}
