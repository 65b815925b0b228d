using System.Text.Json.Serialization;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.OpenApi;
using Claims.Web.Infrastructure.Security;
using Claims.Web.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Claims.Web.Infrastructure;

public static class WebRegistration
{
    public static IServiceCollection AddClaimsWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
        });
        services.AddClaimsOpenApi();
        services.AddDataProtection().SetApplicationName("Claims").PersistKeysToDbContext<ClaimsDbContext>();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<Http.ConflictExceptionHandler>();
        services.AddExceptionHandler<Http.BoundsExceptionHandler>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, BoundsInterceptor>();
        services.AddExceptionHandler<BadInputExceptionHandler>();
        services.AddClaimsHealthChecks();
        services.AddScoped<Features.Tasks.TaskCompleter>();
        services.AddScoped<Claims.Workflows.Activities.IInputOptionsSource, Features.ReferenceData.RegionOptions>();
        services.AddScoped<Claims.Workflows.Activities.IInputOptionsSource, Features.Claims.AuthorityLevelOptions>();
        services.AddScoped<ISeeder, DemoUsersSeeder>();
        services.AddScoped<ISeeder, ReferenceDataSeeder>();
        services.AddScoped<ISeeder, DemoPoliciesSeeder>();
        services.AddScoped<ISeeder, DemoDocumentsSeeder>();
        return services;
    }

    /// <summary>Every error answers as RFC 7807 problem details; empty 4xx bodies get one too.</summary>
    public static WebApplication UseClaimsErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(ctx => Security.ErrorResponses.WriteAsync(ctx.HttpContext, ctx.HttpContext.Response.StatusCode));
        app.UseRequestLimits();
        return app;
    }
}

/// <summary>Malformed input that slips past binding is the client's fault: 400, never 500.</summary>
internal sealed class BadInputExceptionHandler(IProblemDetailsService problems, ILogger<BadInputExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            System.Text.Json.JsonException or FormatException => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status >= 500)
        {
            // .NET 10 no longer logs an exception a handler took, so every 500 is logged here, with the id its answer carries.
            logger.LogError(exception, "Unhandled exception on {Method} {Path}, trace id {TraceId}", http.Request.Method, http.Request.Path, http.TraceIdentifier);
        }

        http.Response.StatusCode = status;
        if (Security.ErrorResponses.WantsPage(http.Request))
        {
            await Security.ErrorResponses.WriteAsync(http, status);
            return true;
        }

        var detail = status == 500 ? null : exception.Message;
        await Security.ErrorResponses.WriteAsync(problems, new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = status == 500 ? "An unexpected error occurred." : "The request is malformed.",
                Detail = detail,
            },
        });
        return true;
    }
}
