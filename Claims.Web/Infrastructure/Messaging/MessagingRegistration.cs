using Claims.Web.Infrastructure.Faults;
using MassTransit;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Web.Infrastructure.Messaging;

public static class MessagingRegistration
{
    public static IServiceCollection AddClaimsMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddValidatedOptions<MessagingOptions>(configuration, MessagingOptions.Section);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxLeases>();
        services.AddSingleton<IInterceptor, OutboxSignalInterceptor>();
        services.AddScoped<OutboxDispatcher>();
        services.AddFaultInjection(configuration);
        services.Configure<MassTransitHostOptions>(o =>
        {
            // Without it the first messages to a fresh broker can be lost.
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });

        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix, false));
            x.AddConsumers(typeof(MessagingRegistration).Assembly);

            if (options.Transport == MessagingTransport.RabbitMq)
            {
                if (options.QueueExpiry is { } expiry)
                {
                    x.AddQueueExpiry(expiry);
                }

                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(options.Host, options.Port, options.VirtualHost, h =>
                    {
                        h.Username(options.User);
                        h.Password(options.Password);
                    });
                    cfg.UsePrefixedExchanges(options.QueuePrefix);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });

        // Registered after MassTransit's hosted service, so the bus is up before the first publish.
        if (options.RelayEnabled)
        {
            services.AddHostedService<OutboxRelay>();
        }

        return services;
    }

    /// <summary>
    /// Names each message type's exchange after <paramref name="prefix"/> too (<c>claims.Claims.Workflows.Contracts:RenewalReminderDue</c>).
    /// Without it a publish goes to the one exchange per message type that every bus on the virtual host binds its queues
    /// to, whatever their prefix: two environments, test runs or benchmark legs on one broker would each consume the
    /// other's messages.
    /// </summary>
    public static void UsePrefixedExchanges(this IRabbitMqBusFactoryConfigurator cfg, string prefix) =>
        cfg.MessageTopology.SetEntityNameFormatter(
            new PrefixEntityNameFormatter(new MessageUrnEntityNames(cfg.MessageTopology.EntityNameFormatter), $"{prefix}."));

    /// <summary>RabbitMQ deletes each receive queue nobody has consumed from for <paramref name="expiry"/> (<c>x-expires</c>).</summary>
    public static void AddQueueExpiry(this IBusRegistrationConfigurator x, TimeSpan expiry) =>
        x.AddConfigureEndpointsCallback((_, _, endpoint) =>
        {
            if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.SetQueueArgument("x-expires", (int)expiry.TotalMilliseconds);
            }
        });
}
