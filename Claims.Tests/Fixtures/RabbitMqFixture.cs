using System.Net.Sockets;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Claims.Tests.Fixtures;

/// <summary>
/// The broker on 127.0.0.1:5672 that scripts/test.sh starts; if it is not there, one attempt to start it as the
/// recipe does. Tests use a unique queue prefix and delete their endpoints afterwards.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    public const string Host = "127.0.0.1";
    public const int Port = 5672;
    private static readonly SemaphoreSlim StartGate = new(1, 1);
    private static bool _startAttempted;

    private IConnection? _connection;

    public static string NewQueuePrefix() => $"t{Guid.NewGuid():N}"[..13];

    public async Task InitializeAsync()
    {
        if (!await IsReachableAsync())
        {
            await TryStartOnceAsync();
        }

        var factory = new ConnectionFactory { HostName = Host, Port = Port, UserName = "guest", Password = "guest" };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _connection = await factory.CreateConnectionAsync("claims-tests");
                return;
            }
            catch (BrokerUnreachableException) when (attempt < 30)
            {
                await Task.Delay(1000); // the port opens a moment before the broker accepts logins
            }
        }
    }

    /// <summary>Messages ready in a queue (0 when it does not exist).</summary>
    public async Task<uint> MessageCountAsync(string queue)
    {
        await using var channel = await Connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0; // 404: the queue was not declared yet
        }
    }

    /// <summary>Deletes a receive endpoint with its error and skipped queues and their exchanges.</summary>
    public async Task DeleteEndpointAsync(string queue)
    {
        foreach (var name in new[] { queue, $"{queue}_error", $"{queue}_skipped" })
        {
            await using var channel = await Connection.CreateChannelAsync();
            await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false);
            await channel.ExchangeDeleteAsync(name, ifUnused: false);
        }
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.CloseAsync();
            _connection.Dispose();
        }
    }

    private IConnection Connection => _connection ?? throw new InvalidOperationException("The fixture is not initialised.");

    private static async Task<bool> IsReachableAsync()
    {
        using var client = new TcpClient();
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(Host, Port, cts.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task TryStartOnceAsync()
    {
        await StartGate.WaitAsync();
        try
        {
            if (!_startAttempted && File.Exists("/usr/sbin/rabbitmq-server"))
            {
                _startAttempted = true;
                // The recipe: loopback only, detached, then poll await_startup.
                Environment.SetEnvironmentVariable("ERL_EPMD_ADDRESS", "127.0.0.1");
                await ProcessRunner.RunAsync("rabbitmq-server", ["-detached"], TimeSpan.FromSeconds(30), check: false);
            }

            for (var i = 0; i < 60 && !await IsReachableAsync(); i++)
            {
                await Task.Delay(1000);
            }

            if (!await IsReachableAsync())
            {
                throw new InvalidOperationException($"RabbitMQ is not reachable on {Host}:{Port}; run scripts/test.sh (it installs and starts it).");
            }
        }
        finally
        {
            StartGate.Release();
        }
    }
}
