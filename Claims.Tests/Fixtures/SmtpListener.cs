using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Claims.Tests.Fixtures;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a free port: the mails it accepted and over how many
/// connections. A recipient whose address starts with <c>refuse</c> is refused (550), as a relay refuses a bad address.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Task _running;

    private SmtpListener(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("claims-tests")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(new RefusingFilter());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The mails accepted so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. _store.Received.OrderBy(r => r.Order).Select(r => r.Message)];

    /// <summary>How many connections delivered at least one accepted mail.</summary>
    public int Connections => _store.Received.Select(r => r.Session).Distinct().Count();

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public static async Task<SmtpListener> StartAsync()
    {
        var listener = new SmtpListener(LoopbackPort.Free());
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // A probe connection delivers nothing, so it does not count in Connections.
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, listener.Port);
                return listener;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _stop.Dispose();
    }

    private sealed record Received(long Order, ISessionContext Session, MimeMessage Message);

    private sealed class Store : MessageStore
    {
        private long _order;

        public ConcurrentBag<Received> Received { get; } = [];

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Received.Add(new Received(Interlocked.Increment(ref _order), context, message));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RefusingFilter : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!to.User.StartsWith("refuse", StringComparison.OrdinalIgnoreCase));
    }
}
