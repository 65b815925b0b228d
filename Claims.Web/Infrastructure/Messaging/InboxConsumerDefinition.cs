using MassTransit;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>Retry and outbox as <see cref="RetryingConsumerDefinition{TConsumer}"/>, and the consumer behind the inbox.</summary>
public abstract class InboxConsumerDefinition<TConsumer>(MessagingOptions options) : RetryingConsumerDefinition<TConsumer>(options)
    where TConsumer : class, IConsumer, IInboxConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        consumerConfigurator.UseFilter(new InboxFilter<TConsumer>());
    }
}
