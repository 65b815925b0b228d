using System.Diagnostics;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Claims.Tests.Web;

/// <summary>OpenTelemetry over a proposal's whole journey, collected in process by the in-memory exporter.</summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Telemetry_ProposalIssued_SpansOfEveryLayerAndEngineCounters()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Demo:Seed"] = "true";
        app.Settings["Scheduling:Enabled"] = "false";
        app.Settings["OpenTelemetry:OutboxSampleInterval"] = "00:00:00.200";
        app.TestServices = s => s
            .ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(metrics));
        var agent = await ApiClients.ForAsync(app, "agent");

        var id = await ProposalScenarios.SubmitAsync(agent, ProposalRequests.Plain());
        await ProposalScenarios.CompleteAsync(agent, await ProposalScenarios.TaskOfKindAsync(agent, id, "AgentDisclosure"), "Submit", ProposalRequests.FullDisclosure());
        await Eventually.WaitAsync(() => ProposalScenarios.ProposalAsync(agent, id), p => p.GetProperty("status").GetString() == "Issued", what: "the policy");
        await Task.Delay(500);
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var sources = Snapshot(spans).Select(s => s.Source.Name).ToHashSet();
        var names = Snapshot(spans).Select(s => s.DisplayName).ToHashSet();
        var meters = Snapshot(metrics).Select(m => m.Name).ToHashSet();

        Assert.Contains("Microsoft.AspNetCore", sources);
        Assert.Contains(sources, s => s.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains("MassTransit", sources);
        Assert.Contains("workflow start policy-underwriting", names);
        Assert.Contains("workflow resume policy-underwriting", names);
        Assert.Contains("activity Policy.IssuePolicy", names);
        Assert.Superset(new HashSet<string>
        {
            "claims.workflow.starts", "claims.workflow.resumes", "claims.workflow.activities", "claims.outbox.backlog", "claims.outbox.oldest_age",
            "claims.messaging.queue_lag", "http.server.request.duration",
        }, meters);
    }

    /// <summary>A copy of what the exporter collected (an array copy, no enumerator): the relay and the timers keep ending spans meanwhile.</summary>
    private static List<T> Snapshot<T>(List<T> items)
        where T : class => [.. items.ToArray().Where(i => i is not null)];

    [Fact]
    public async Task Telemetry_EndpointConfigured_ExportsSpansOverOtlpThere()
    {
        var port = LoopbackPort.Free();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings[TelemetryRegistration.EndpointKey] = $"http://127.0.0.1:{port}";
        app.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        var received = collector.GetContextAsync();

        using var response = await app.CreateClient().GetAsync("/health");
        app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000);
        var request = await received.WaitAsync(TimeSpan.FromSeconds(20));
        request.Response.StatusCode = 200;
        request.Response.Close();

        Assert.Equal("POST", request.Request.HttpMethod);
        Assert.StartsWith("/v1/", request.Request.Url!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("application/x-protobuf", request.Request.ContentType);
    }
}
