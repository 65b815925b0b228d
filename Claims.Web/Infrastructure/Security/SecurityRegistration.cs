using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Claims.Web.Infrastructure.Security;

public static class SecurityRegistration
{
    /// <summary>Secure cookies outside Development (<c>Auth:SecureCookies</c> overrides), the antiforgery header, Kestrel's raised limits.</summary>
    public static IServiceCollection AddClaimsSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var secure = configuration.GetValue<bool?>("Auth:SecureCookies") ?? !environment.IsDevelopment();
        var policy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o => o.Cookie.SecurePolicy = policy);
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.HeaderName = CookieWriteProtection.TokenHeader;
            o.Cookie.SecurePolicy = policy;
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddRequestLimits();
        return services;
    }

    /// <summary>HSTS outside Development, then the headers every answer carries.</summary>
    public static WebApplication UseClaimsSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        return app;
    }
}
