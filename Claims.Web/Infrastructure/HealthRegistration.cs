using System.Text.Json;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Claims.Web.Infrastructure;

public static class HealthRegistration
{
    /// <summary>/health: the database always, and MassTransit's bus checks (the broker, when one is configured); the checks' names and data for Admin only.</summary>
    public static void MapClaimsHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                http.Response.ContentType = "application/json";
                if (!http.User.IsInRole(Claims.Domain.Common.Roles.Admin))
                {
                    await JsonSerializer.SerializeAsync(http.Response.Body, new { status = report.Status.ToString() });
                    return;
                }

                await JsonSerializer.SerializeAsync(http.Response.Body, new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.Select(e => new
                    {
                        name = e.Key,
                        status = e.Value.Status.ToString(),
                        description = e.Value.Description,
                        data = e.Value.Data.Count == 0 ? null : e.Value.Data.ToDictionary(d => d.Key, d => Summarise(d.Value)),
                    }),
                });
            },
        }).AllowAnonymous();

    /// <summary>Check data as plain JSON: a map (MassTransit's endpoints by broker address) shows its keys only.</summary>
    private static object? Summarise(object? value) => value switch
    {
        System.Collections.IDictionary map => map.Keys.Cast<object>().Select(k => k.ToString()).ToArray(),
        string or bool or int or long or double => value,
        _ => value?.ToString(),
    };

    public static IHealthChecksBuilder AddClaimsHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddDbContextCheck<ClaimsDbContext>("database");
}
