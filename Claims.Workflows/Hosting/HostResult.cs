using Claims.Workflows.Engine;

namespace Claims.Workflows.Hosting;

public enum HostOutcome
{
    Started,
    Resumed,
    Retried,
    /// <summary>An alteration scheduled an activity and the instance ran it.</summary>
    Scheduled,
    /// <summary>No such bookmark, instance or published definition.</summary>
    NotFound,
    /// <summary>The bookmark was resumed before; the API answers 409.</summary>
    AlreadyConsumed,
    /// <summary>The runner refused (unknown outcome, not resumable); nothing changed.</summary>
    Rejected,
}

public sealed record HostResult(HostOutcome Outcome, Guid? InstanceId = null, WorkflowStatus? Status = null, string? Message = null)
{
    public bool Succeeded => Outcome is HostOutcome.Started or HostOutcome.Resumed or HostOutcome.Retried or HostOutcome.Scheduled;
}
