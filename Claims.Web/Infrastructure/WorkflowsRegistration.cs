using Claims.Web.Features.Workflows;
using Claims.Workflows.Hosting;
using Claims.Workflows.Persistence;

namespace Claims.Web.Infrastructure;

public static class WorkflowsRegistration
{
    public static IServiceCollection AddClaimsWorkflowEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddValidatedOptions<WorkflowOptions>(configuration, WorkflowOptions.Section);
        services.AddClaimsWorkflows(options, typeof(WorkflowsRegistration).Assembly);
        services.AddScoped<IWorkflowDispatcher, OutboxWorkflowDispatcher>();
        services.AddScoped<Claims.Workflows.Activities.IInputOptionsSource, WorkflowDefinitionOptions>();
        services.AddSingleton<WorkflowTimerDispatcher>();
        services.AddScoped<AlterationJobRunner>();
        if (configuration.GetValue("Workflows:TimersEnabled", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<WorkflowTimerDispatcher>());
        }

        return services;
    }

    /// <summary>Imports the definitions in workflows/ (copied next to the app) that are newer than the stored ones.</summary>
    public static async Task ImportShippedWorkflowsAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<WorkflowOptions>();
        var folder = Path.IsPathRooted(options.ShippedFolder) ? options.ShippedFolder : Path.Combine(AppContext.BaseDirectory, options.ShippedFolder);
        await scope.ServiceProvider.GetRequiredService<ShippedWorkflowImporter>().ImportAsync(folder, ct);
    }
}
