namespace Claims.Workflows.Contracts;

/// <summary>The sweep found a policy at a reminder stage; the notice consumer quotes, renders and sends it.</summary>
public sealed record RenewalReminderDue(Guid ReminderId, Guid PolicyId, string Stage, DateOnly DueOn, bool CallTask);
