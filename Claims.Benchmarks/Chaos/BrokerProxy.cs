using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// A TCP relay between the nodes and RabbitMQ. Cutting it resets every connection and refuses new ones, which is what the
/// nodes see when the broker stops, without stopping a broker other runs on the machine share.
/// </summary>
public sealed class BrokerProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;

    public BrokerProxy(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host), port);
        Port = PgCluster.FreePort();
        Open();
    }

    public int Port { get; }

    public bool IsCut => _listener is null;

    /// <summary>The broker "stops": connections reset, new ones refused.</summary>
    public async Task CutAsync()
    {
        var listener = _listener;
        _listener = null;
        listener?.Stop();
        await _accepting;
        foreach (var client in _open.Keys)
        {
            try
            {
                // RST, as a dead broker's host sends; a pipe closing on its own may have dropped its socket already.
                if (client.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0);
                }

                client.Close();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }
        }

        _open.Clear();
    }

    /// <summary>The broker is back on the same port.</summary>
    public void Open()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _accepting = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return; // cut or disposed
            }

            _ = PipeAsync(inbound);
        }
    }

    private async Task PipeAsync(TcpClient inbound)
    {
        using var outbound = new TcpClient();
        _open[inbound] = 0;
        _open[outbound] = 0;
        try
        {
            await outbound.ConnectAsync(_target, _stop.Token);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, _stop.Token), b.CopyToAsync(a, _stop.Token));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // One side went away: close both, as a broker connection that dies does.
        }
        finally
        {
            _open.TryRemove(inbound, out _);
            _open.TryRemove(outbound, out _);
            inbound.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await CutAsync();
        _stop.Dispose();
    }
}
