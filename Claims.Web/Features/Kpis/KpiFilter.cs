namespace Claims.Web.Features.Kpis;

/// <summary>The dashboard's period (both ends inclusive) and optional region; defaults to the last 12 months, all regions.</summary>
public sealed record KpiFilter(DateOnly From, DateOnly To, string? Region)
{
    // UTC, as every stored time is: PostgreSQL refuses to compare timestamptz with an unspecified kind.
    public DateTime FromTime => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    public DateTime ToTime => To.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);

    public static KpiFilter Of(DateOnly? from, DateOnly? to, string? region, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new KpiFilter(from ?? today.AddYears(-1).AddDays(1), to ?? today, string.IsNullOrWhiteSpace(region) ? null : region.Trim().ToUpperInvariant());
    }

    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2200, 12, 31);

    public bool IsBackwards => To < From;

    /// <summary>Null for a usable period; otherwise why not (backwards, or outside 1900–2200, where date arithmetic and databases stop agreeing).</summary>
    public string? Error => From < Earliest || From > Latest || To < Earliest || To > Latest
        ? $"A period lies between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}."
        : IsBackwards ? "The period ends before it starts." : null;
}
