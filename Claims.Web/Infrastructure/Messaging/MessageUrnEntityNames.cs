using System.Reflection;
using MassTransit;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>
/// Names the exchange of a contract carrying <see cref="MessageUrnAttribute"/> after that urn (as MassTransit names it after
/// the namespace otherwise), so a contract moved to another namespace keeps its exchange and its queues' bindings.
/// </summary>
public sealed class MessageUrnEntityNames(IEntityNameFormatter inner) : IEntityNameFormatter
{
    public string FormatEntityName<T>() =>
        typeof(T).GetCustomAttribute<MessageUrnAttribute>() is { } urn && urn.Urn.OriginalString.StartsWith(MessageUrn.Prefix, StringComparison.Ordinal)
            ? urn.Urn.OriginalString[MessageUrn.Prefix.Length..]
            : inner.FormatEntityName<T>();
}
