using System.Reflection;
using Claims.Workflows.Activities;
using Claims.Workflows.Definitions;
using Claims.Workflows.Engine;
using Claims.Workflows.Expressions;
using Claims.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Workflows.Hosting;

public static class WorkflowRegistration
{
    /// <summary>The engine and its database host; <paramref name="activityAssemblies"/> add domain activities.</summary>
    public static IServiceCollection AddClaimsWorkflows(this IServiceCollection services, WorkflowOptions options, params Assembly[] activityAssemblies)
    {
        var registry = ActivityRegistry.CreateDefault();
        foreach (var assembly in activityAssemblies)
        {
            registry.AddAssembly(assembly);
        }

        services.AddSingleton(options);
        services.AddSingleton(registry);
        services.AddSingleton(ExpressionEvaluator.CreateDefault(new JavaScriptOptions
        {
            Timeout = options.JavaScriptTimeout,
            MemoryLimitBytes = options.JavaScriptMemoryLimitBytes,
        }));
        services.AddSingleton<WorkflowValidator>();
        services.AddSingleton(sp => new WorkflowRunner(
            sp.GetRequiredService<ActivityRegistry>(), sp.GetRequiredService<ExpressionEvaluator>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<WorkflowDefinitionStore>();
        services.AddScoped<WorkflowEffects>();
        services.AddScoped<WorkflowHost>();
        services.AddScoped<Alterations.WorkflowAlterations>();
        services.AddScoped<ShippedWorkflowImporter>();
        // Every DbContext built with the DI interceptors writes the journal in one reused command (SQLite).
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, JournalWriter>();
        return services;
    }
}
