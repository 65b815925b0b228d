namespace Claims.Tests.Workflows;

/// <summary>A clock that only moves when told to.</summary>
public sealed class FakeTime(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = now;

    public FakeTime() : this(Default) { }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
