using System.Reflection;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Messaging;

/// <summary>Adds a message to the outbox of the unit of work; it commits with the change or not at all.</summary>
public static class OutboxWriter
{
    public static OutboxMessage AddOutboxMessage<T>(this DbContext db, T message, DateTime now)
        where T : class
    {
        var row = Create(message, now);
        db.Set<OutboxMessage>().Add(row);
        return row;
    }

    /// <summary>An outbox row for a bulk insert; the caller commits it with the change.</summary>
    public static OutboxMessage Create<T>(T message, DateTime now)
        where T : class =>
        OutboxMessage.Create(Guid.NewGuid(), MessageTypeName(typeof(T)), JsonSerializer.Serialize(message, JsonDefaults.Options), now);

    /// <summary>Type name plus assembly, without version, so a redeploy can still read old rows.</summary>
    public static string MessageTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>
    /// The type a stored row names; a row written before its contract moved names the old namespace and assembly, which the
    /// contract keeps as its <see cref="MessageUrnAttribute"/>.
    /// </summary>
    public static Type? ResolveMessageType(string name) =>
        Type.GetType(name, throwOnError: false) ?? MovedContracts.GetValueOrDefault(name.Split(',')[0].Trim());

    private static readonly Dictionary<string, Type> MovedContracts = typeof(OutboxWriter).Assembly.GetTypes()
        .Select(t => (Type: t, Urn: t.GetCustomAttribute<MessageUrnAttribute>()?.Urn.OriginalString))
        .Where(t => t.Urn is not null && t.Urn.StartsWith(MessageUrn.Prefix, StringComparison.Ordinal))
        .ToDictionary(t => t.Urn![MessageUrn.Prefix.Length..].Replace(':', '.'), t => t.Type);
}
