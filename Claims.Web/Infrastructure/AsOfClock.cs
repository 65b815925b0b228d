using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Claims.Web.Infrastructure;

/// <summary>
/// The app's clock, which the demo book and a job rehearsal can set to another moment for their own async flow only: the
/// handlers they call stamp that moment while requests and background services on the node keep the real time.
/// </summary>
public sealed class AsOfClock(TimeProvider inner) : TimeProvider
{
    private static readonly AsyncLocal<DateTimeOffset?> Override = new();

    public static bool IsSet => Override.Value is not null;

    public override DateTimeOffset GetUtcNow() => Override.Value ?? inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <summary>Sets this flow's time; later awaits in the same flow see it, other flows do not.</summary>
    public static void Set(DateTime utc) => Override.Value = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static void Clear() => Override.Value = null;
}

public static class AsOfClockRegistration
{
    /// <summary>Wraps the registered clock in an <see cref="AsOfClock"/> (once).</summary>
    public static IServiceCollection AddAsOfClock(this IServiceCollection services)
    {
        var current = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider;
        if (current is not AsOfClock)
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new AsOfClock(current ?? TimeProvider.System)));
        }

        return services;
    }
}
