namespace Claims.Web.Infrastructure;

/// <summary>A name for this process among the nodes, recorded on the rows it claims (timers, daily job runs).</summary>
public static class NodeName
{
    public static string New() =>
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}" is var n && n.Length > 100 ? n[..100] : n;
}
