using Claims.Domain.Policies;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>Proposal to policy. The namespace is not "Policies": that would shadow Infrastructure.Auth.Policies in every sibling feature.</summary>
public static class PoliciesRegistration
{
    public static IServiceCollection AddClaimsPolicies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<UnderwritingSettings>(configuration, UnderwritingSettings.Section);
        services.AddScoped<ProposalRating>();
        services.AddScoped<PolicyIssuer>();
        services.AddScoped<IBusinessObjectLoader, ProposalLoader>();
        services.AddScoped<ITaskCompletionValidator, AgentDisclosureValidator>();
        services.AddScoped<ITaskCompletionValidator, UnderwritingReviewValidator>();
        return services;
    }
}
