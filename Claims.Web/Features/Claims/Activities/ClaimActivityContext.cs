using Claims.Domain.Claims;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Engine;

namespace Claims.Web.Features.Claims.Activities;

/// <summary>What claim activities share: the unit of work's DbContext and the claim the workflow serves.</summary>
internal static class ClaimActivityContext
{
    public static ClaimsDbContext Db(this ActivityExecutionContext context) => context.Services.GetRequiredService<ClaimsDbContext>();

    public static ClaimRules Rules(this ActivityExecutionContext context) => context.Services.GetRequiredService<ClaimRules>();

    public static async Task<Claim> ClaimAsync(this ActivityExecutionContext context)
    {
        if (context.BusinessObject is not { Name: ClaimBusinessObject.ObjectName, Id: { } id } || !Guid.TryParse(id, out var claimId))
        {
            throw new InvalidOperationException("This activity runs only in a workflow about a claim.");
        }

        return await context.Db().Claims.FindAsync(claimId) ?? throw new InvalidOperationException($"Claim {claimId} does not exist.");
    }
}
