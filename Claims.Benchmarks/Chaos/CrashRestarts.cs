namespace Claims.Benchmarks.Chaos;

/// <summary>
/// Watches every node's process and starts again, after <paramref name="pause"/>, a node that died on its own (an injected
/// <c>Faults:Crash</c> kills it with SIGKILL), as a supervisor (systemd, Kubernetes) would. Nodes the harness kills are left alone.
/// </summary>
public sealed class CrashRestarts : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private readonly TextWriter _log;
    private readonly TimeSpan _pause;
    private int _crashes;
    private int _restarts;

    public CrashRestarts(IReadOnlyList<AppNode> nodes, TimeSpan pause, TextWriter log)
    {
        (_log, _pause) = (log, pause);
        _watching = Task.WhenAll(nodes.Select(n => Task.Run(() => WatchAsync(n))));
    }

    /// <summary>Processes that died on their own (a start that died before it was healthy included).</summary>
    public int Crashes => Volatile.Read(ref _crashes);

    /// <summary>Restarts that came back healthy.</summary>
    public int Restarts => Volatile.Read(ref _restarts);

    private async Task WatchAsync(AppNode node)
    {
        while (!_stop.IsCancellationRequested)
        {
            if (!node.Crashed)
            {
                await Task.Delay(250, CancellationToken.None);
                continue;
            }

            _log.WriteLine($"{node.Name} died on its own (crash {Interlocked.Increment(ref _crashes)}); restarting in {_pause.TotalSeconds} s");
            await Task.Delay(_pause, CancellationToken.None);
            try
            {
                await node.StartAsync(ChaosCluster.StartWithin);
                Interlocked.Increment(ref _restarts);
            }
            catch (InvalidOperationException)
            {
                // It died again while starting (the hook arms once the app has started): the next round restarts it.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }
}
