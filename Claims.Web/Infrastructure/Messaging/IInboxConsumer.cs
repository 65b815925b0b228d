using MassTransit;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>A consumer whose effect the <see cref="InboxFilter{TConsumer}"/> applies once per message: its inbox name and the key it dedupes on.</summary>
public interface IInboxConsumer
{
    /// <summary>The inbox key of this consumer; stable across renames of the class, since stored rows carry it.</summary>
    static abstract string InboxName { get; }

    /// <summary>The id a redelivery repeats: the message id, unless the message carries a better one.</summary>
    static virtual Guid? InboxKey(ConsumeContext context) => context.MessageId;
}
