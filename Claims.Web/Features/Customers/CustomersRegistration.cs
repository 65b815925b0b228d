using Claims.Web.Features.Renewals;
using Claims.Web.Features.Surveys;
using Claims.Web.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Claims.Web.Features.Customers;

public static class CustomersRegistration
{
    public static IServiceCollection AddCustomers(this IServiceCollection services)
    {
        services.AddSingleton<TierRecompute>();
        services.AddSingleton<SurveyLinks>();
        services.AddScoped<SurveyInvitation>();
        services.AddSingleton<IDailyJob>(sp => sp.GetRequiredService<TierRecompute>());
        // The dashboard's renewal snapshot runs after the tiers, for the cells carry them.
        services.AddSingleton<IDailyJob, Kpis.RenewalSnapshotJob>();
        // The computed tiers drive the renewal stages (VIP reminders start at 90 days, with an agent call).
        services.Replace(ServiceDescriptor.Singleton<ITierLookup, TierLookup>());
        return services;
    }
}
