using System.Text.Json;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Claims.Web.Infrastructure;

public static class HealthRegistration
{
    /// <summary>/health: the database always, and MassTransit's bus checks (the broker, when one is configured).</summary>
    public static void MapClaimsHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                http.Response.ContentType = "application/json";
                await JsonSerializer.SerializeAsync(http.Response.Body, new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
                });
            },
        }).AllowAnonymous();

    public static IHealthChecksBuilder AddClaimsHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddDbContextCheck<ClaimsDbContext>("database");
}
