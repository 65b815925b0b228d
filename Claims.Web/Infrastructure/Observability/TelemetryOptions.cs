using System.ComponentModel.DataAnnotations;

namespace Claims.Web.Infrastructure.Observability;

/// <summary>Bound from <c>OpenTelemetry</c>: a collector address that is not a URL stops the start instead of exporting nowhere.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The OTLP collector's base address; empty leaves export to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or off).</summary>
    [Url]
    public string? Endpoint { get; set; }
}
