namespace Claims.Web.Infrastructure.Scheduling;

public static class SchedulingRegistration
{
    public static IServiceCollection AddDailyJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DailyJobScheduler>();
        if (configuration.GetValue("Scheduling:Enabled", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<DailyJobScheduler>());
        }

        return services;
    }
}
