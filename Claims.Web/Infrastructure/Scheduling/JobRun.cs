namespace Claims.Web.Infrastructure.Scheduling;

/// <summary>One run of a daily job on one date; its key makes the run happen once across all nodes.</summary>
public sealed class JobRun
{
    private JobRun() { }

    public string JobName { get; private set; } = "";
    public DateOnly RunDate { get; private set; }
    public string Node { get; private set; } = "";
    public DateTime StartedAt { get; private set; }
    /// <summary>A node that dies mid-run leaves the lease to run out; another node then takes the run over.</summary>
    public DateTime LeaseUntil { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public string? Summary { get; private set; }
    public int Attempts { get; private set; }

    public static JobRun Start(string jobName, DateOnly runDate, string node, DateTime now, TimeSpan lease) => new()
    {
        JobName = jobName, RunDate = runDate, Node = node, StartedAt = now, LeaseUntil = now + lease, Attempts = 1,
    };

    public bool CanTakeOver(DateTime now) => CompletedAt is null && LeaseUntil < now;

    public void TakeOver(string node, DateTime now, TimeSpan lease)
    {
        Node = node;
        StartedAt = now;
        LeaseUntil = now + lease;
        Attempts++;
    }

    public void Complete(DateTime now, string summary)
    {
        CompletedAt = now;
        Summary = summary.Length > 1000 ? summary[..1000] : summary;
    }
}
