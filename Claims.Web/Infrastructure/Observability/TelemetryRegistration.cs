using Claims.Workflows.Engine;
using MassTransit;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Claims.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, outgoing HTTP, EF Core, MassTransit (its "MassTransit" source and
/// meter), the workflow engine and the outbox; exported over OTLP when <c>OpenTelemetry:Endpoint</c> or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, otherwise collected for nobody (tests add an in-memory exporter).
/// </summary>
public static class TelemetryRegistration
{
    public const string EndpointKey = "OpenTelemetry:Endpoint";

    public static IServiceCollection AddClaimsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // OpenTelemetry:Endpoint is the collector's base address; the standard variable is left to the exporter, which reads it itself.
        var options = services.AddValidatedOptions<TelemetryOptions>(configuration, TelemetryOptions.Section);
        var configured = Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) ? uri : null;
        var export = configured is not null || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddHostedService<OutboxGauges>();
        services.AddConsumeObserver<QueueLagObserver>();
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "claims-web",
                serviceInstanceId: configuration[NodeName.Setting] ?? Environment.MachineName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddSource("MassTransit", WorkflowTelemetry.Name);
                if (export)
                {
                    tracing.AddOtlpExporter(o => Point(o, configured, "traces"));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter("MassTransit", WorkflowTelemetry.Name, OutboxGauges.MeterName);
                if (export)
                {
                    metrics.AddOtlpExporter(o => Point(o, configured, "metrics"));
                }
            });
        return services;
    }

    /// <summary>gRPC takes the base address; OTLP over HTTP posts each signal to its own path under it.</summary>
    private static void Point(OtlpExporterOptions options, Uri? endpoint, string signal)
    {
        if (endpoint is not null)
        {
            options.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf
                ? new Uri($"{endpoint.ToString().TrimEnd('/')}/v1/{signal}")
                : endpoint;
        }
    }
}
