using System.Threading.RateLimiting;

namespace Claims.Web.Infrastructure.Auth;

/// <summary>Failed sign-ins per client address: a fixed window per address (ASP.NET Core's rate limiter), spent only by failures.</summary>
public sealed class SignInThrottle(AuthOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.AddressFailureLimit,
            Window = options.AddressFailureWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Null when the address may try again; else how long it waits.</summary>
    public TimeSpan? Refusal(string address)
    {
        // Asking for no permit checks without spending one.
        using var lease = _limiter.AttemptAcquire(address, 0);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.AddressFailureWindow;
    }

    public void Failed(string address)
    {
        using var _ = _limiter.AttemptAcquire(address, 1);
    }

    public void Dispose() => _limiter.Dispose();
}
