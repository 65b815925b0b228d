using Claims.Domain.Claims;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Workflows.Hosting;

namespace Claims.Web.Infrastructure;

public static class ClaimsRegistration
{
    /// <summary>Claim rules from section <c>Claims</c> (defaults otherwise), the <c>claim</c> business object and the estimate task check.</summary>
    public static IServiceCollection AddClaimHandling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ClaimRules>(configuration, ClaimRules.Section);
        services.AddScoped<IBusinessObjectLoader, ClaimBusinessObject>();
        services.AddScoped<ITaskCompletionValidator, SurveyEstimateValidator>();
        services.AddScoped<ITaskCompletionValidator, SettlementApprovalValidator>();
        services.AddScoped<EstimatePricing>();
        return services;
    }
}
