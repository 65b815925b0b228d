using Claims.Web.Features.Tasks;

namespace Claims.Web.Features.Investigations;

public static class InvestigationsRegistration
{
    /// <summary>Special investigation: the investigator's task check (the workflow activities register with the app's assembly).</summary>
    public static IServiceCollection AddInvestigations(this IServiceCollection services) =>
        services.AddScoped<ITaskCompletionValidator, InvestigationValidator>();
}
