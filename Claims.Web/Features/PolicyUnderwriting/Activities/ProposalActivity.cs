using Claims.Domain.Policies;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.PolicyUnderwriting.Activities;

/// <summary>The proposal a policy-underwriting instance serves, from the host's unit of work.</summary>
internal static class ProposalActivity
{
    public static ClaimsDbContext Db(this ActivityExecutionContext context) => context.Services.GetRequiredService<ClaimsDbContext>();

    public static async Task<Proposal> ProposalAsync(this ActivityExecutionContext context)
    {
        var id = context.BusinessObject is { Name: ProposalLoader.ObjectName, Id: { } text } && Guid.TryParse(text, out var g)
            ? g
            : throw new InvalidOperationException("This workflow must run for a proposal (business object 'proposal').");
        return await context.Db().Proposals.FindAsync(id) ?? throw new InvalidOperationException($"Proposal {id} does not exist.");
    }
}
