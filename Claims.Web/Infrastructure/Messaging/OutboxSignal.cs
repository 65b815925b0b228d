namespace Claims.Web.Infrastructure.Messaging;

/// <summary>Wakes the outbox relay as soon as a unit of work with outbox rows commits; the poll stays as a backstop.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Notify()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every commit before it.
        }
    }

    /// <summary>True when signalled, false when the timeout ran out.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
}
