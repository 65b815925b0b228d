using MassTransit;

namespace Claims.Web.Features.Workflows.Contracts;

/// <summary>Apply an alteration plan to one instance (one job); a redelivery finds the job done and does nothing.</summary>
[MessageUrn("Claims.Web.Features.Workflows.Contracts:RunAlterationJob")]
public sealed record RunAlterationJob(Guid JobId);
