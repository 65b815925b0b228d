using Claims.Web.Infrastructure;
using Claims.Web.Infrastructure.Scheduling;

namespace Claims.Web.Features.Renewals;

public static class RenewalsRegistration
{
    public static IServiceCollection AddRenewals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RenewalOptions>(configuration, RenewalOptions.Section);
        services.AddSingleton<ITierLookup, NoTiers>();
        services.AddScoped<RenewalOffers>();
        services.AddScoped<RenewalAcceptance>();
        services.AddSingleton<ErrorQueues>();
        services.AddSingleton<RenewalSweep>();
        services.AddSingleton<IDailyJob>(sp => sp.GetRequiredService<RenewalSweep>());
        return services;
    }
}
