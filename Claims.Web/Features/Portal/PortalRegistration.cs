using System.Threading.RateLimiting;
using Claims.Web.Infrastructure;
using Claims.Web.Infrastructure.Scheduling;
using Claims.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Web.Features.Portal;

public static class PortalRegistration
{
    /// <summary>The policyholder's online claim page (section <c>Portal</c>), text messages (section <c>Sms</c>), status recording and mails.</summary>
    public static IServiceCollection AddPolicyholderPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PortalOptions>(configuration, PortalOptions.Section);
        services.AddClaimsSms(configuration);
        services.AddSingleton<PortalLinks>();
        services.AddScoped<PortalCodes>();
        services.AddSingleton<IDailyJob, PortalCodePurge>();
        services.AddScoped<ReportLossOnline>();
        services.AddSingleton<IInterceptor, ClaimStatusRecorder>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address, a fixed window: enough for a person, too few to walk through policy numbers.
            limiter.AddPolicy(PortalOptions.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<PortalOptions>().RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync("Too many requests from this address; please wait a minute and try again.", ct));
            };
        });
        services.Configure<RazorPagesOptions>(pages => pages.Conventions.AddFolderApplicationModelConvention("/ClaimOnline",
            page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(PortalOptions.RateLimitPolicy))));
        return services;
    }
}
