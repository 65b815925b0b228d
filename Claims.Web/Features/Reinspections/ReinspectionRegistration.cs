using Claims.Domain.Reinspection;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure;
using Claims.Workflows.Hosting;

namespace Claims.Web.Features.Reinspections;

public static class ReinspectionRegistration
{
    /// <summary>Rules from section <c>Reinspection</c> (defaults otherwise), the <c>reinspection</c> business object and the task checks.</summary>
    public static IServiceCollection AddReinspection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ReinspectionRules>(configuration, ReinspectionRules.Section);
        services.AddScoped<IBusinessObjectLoader, ReinspectionBusinessObject>();
        services.AddScoped<ITaskCompletionValidator, ReEstimateValidator>();
        services.AddScoped<ITaskCompletionValidator, AuditFeedbackValidator>();
        return services;
    }
}
