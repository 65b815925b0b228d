using MassTransit;

namespace Claims.Web.Features.Renewals.Contracts;

/// <summary>The sweep found a policy at a reminder stage; the notice consumer quotes, renders and sends it.</summary>
// The wire name it had in Claims.Workflows, so queued and stored messages still match.
[MessageUrn("Claims.Workflows.Contracts:RenewalReminderDue")]
public sealed record RenewalReminderDue(Guid ReminderId, Guid PolicyId, string Stage, DateOnly DueOn, bool CallTask);
