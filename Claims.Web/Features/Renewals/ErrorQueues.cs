using System.Reflection;
using Claims.Web.Infrastructure.Messaging;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Claims.Web.Features.Renewals;

public sealed record ErrorQueue(string Queue, string ErrorQueueName, uint Messages);

/// <summary>
/// The <c>_error</c> queues of this app's receive endpoints, read with passive declares (no management plugin), and
/// replay: messages move from <c>queue_error</c> back to <c>queue</c> through the default exchange, acked only once published.
/// </summary>
public sealed class ErrorQueues(MessagingOptions options, IEndpointNameFormatter formatter)
{
    public bool Available => options.Transport == MessagingTransport.RabbitMq;

    public IReadOnlyList<string> EndpointQueues() =>
        typeof(ErrorQueues).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IConsumer).IsAssignableFrom(t))
            .Select(t => (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!.MakeGenericMethod(t).Invoke(formatter, [])!)
            .Distinct().Order(StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<ErrorQueue>> CountsAsync(CancellationToken ct)
    {
        await using var connection = await ConnectAsync(ct);
        var result = new List<ErrorQueue>();
        foreach (var queue in EndpointQueues())
        {
            result.Add(new ErrorQueue(queue, $"{queue}_error", await CountAsync(connection, $"{queue}_error", ct)));
        }

        return result;
    }

    /// <summary>Moves up to <paramref name="max"/> messages back to the endpoint's queue; the number moved.</summary>
    public async Task<int> ReplayAsync(string queue, int max, CancellationToken ct)
    {
        if (!EndpointQueues().Contains(queue, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{queue}' is not an endpoint of this app.", nameof(queue));
        }

        await using var connection = await ConnectAsync(ct);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        var moved = 0;
        while (moved < max && await channel.BasicGetAsync($"{queue}_error", autoAck: false, ct) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties);
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, ct);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
            moved++;
        }

        return moved;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken ct) =>
        await new ConnectionFactory
        {
            HostName = options.Host, Port = options.Port, VirtualHost = options.VirtualHost, UserName = options.User, Password = options.Password,
        }.CreateConnectionAsync("claims-error-queues", ct);

    private static async Task<uint> CountAsync(IConnection connection, string queue, CancellationToken ct)
    {
        // A passive declare of a missing queue closes the channel, so each check gets its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }
}
