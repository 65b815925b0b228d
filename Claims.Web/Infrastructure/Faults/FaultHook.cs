using System.Diagnostics;

namespace Claims.Web.Infrastructure.Faults;

/// <summary>The places between persistence steps where the reliability suite (R2) injects faults.</summary>
public enum FaultPoint { BeforeCommit, AfterCommit, AfterPublish, InRelay, InInbox }

/// <summary>
/// Test-only fault injection (docs/reliability.md, R2): off unless <c>Faults:Points</c> names points, and armed only once
/// the app has started. At a named point a fault happens with probability <c>Faults:Rate</c>: an exception, or with
/// <c>Faults:Crash</c> the process kills itself (SIGKILL), as a power cut would. Static because the inbox guard is a
/// static helper, and a check of an empty set costs nothing when off.
/// </summary>
public static class FaultHook
{
    public const string Section = "Faults";

    private static volatile IReadOnlySet<FaultPoint> _points = new HashSet<FaultPoint>();
    private static double _rate;
    private static bool _crash;
    private static ILogger? _logger;

    public static void Arm(IReadOnlySet<FaultPoint> points, double rate, bool crash, ILogger logger)
    {
        (_rate, _crash, _logger) = (rate, crash, logger);
        _points = points;
    }

    public static void Disarm() => _points = new HashSet<FaultPoint>();

    public static void Hit(FaultPoint point)
    {
        var points = _points;
        if (points.Count == 0 || !points.Contains(point) || Random.Shared.NextDouble() >= _rate)
        {
            return;
        }

        _logger?.LogWarning("Injected fault at {FaultPoint}", point);
        if (_crash)
        {
            Process.GetCurrentProcess().Kill();
        }

        throw new InjectedFaultException(point);
    }
}

public sealed class InjectedFaultException(FaultPoint point) : Exception($"Injected fault at {point}.")
{
    public FaultPoint Point { get; } = point;
}
