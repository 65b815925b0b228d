using MassTransit;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>Exponential retry, then the endpoint's <c>_error</c> queue; what the consumer publishes leaves only on success.</summary>
public abstract class RetryingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly MessagingOptions _options;

    protected RetryingConsumerDefinition(MessagingOptions options)
    {
        _options = options;
        ConcurrentMessageLimit = options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(_options.RetryLimit, _options.RetryMinInterval, _options.RetryMaxInterval, _options.RetryIntervalDelta));
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
