using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace Claims.Web.Infrastructure.Auth;

public static class AuthRegistration
{
    /// <summary>Cookies for people, bearer tokens for API clients; a policy scheme picks per request.</summary>
    public const string Scheme = "CookieOrBearer";

    public static IServiceCollection AddClaimsAuth(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked at start (the key's length among them); the bearer scheme reads the key only when it is first used.
        var options = services.AddValidatedOptions<AuthOptions>(configuration, AuthOptions.Section);
        services.AddSingleton<IPasswordHasher<AppUser>, PasswordHasher<AppUser>>();
        services.AddScoped<UserSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<TokenIssuer>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "claims.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                // APIs answer 401/403; only pages redirect to the login page.
                o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
                // The session row, not the cookie alone, decides: a copied cookie dies at sign-out on every node.
                o.Events.OnValidatePrincipal = async ctx =>
                {
                    var signIn = ctx.HttpContext.RequestServices.GetRequiredService<UserSignIn>();
                    if (ctx.Principal is null || !await signIn.IsSessionActiveAsync(ctx.Principal, ctx.HttpContext.RequestAborted))
                    {
                        ctx.RejectPrincipal();
                        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            })
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey)),
                    NameClaimType = "name",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.Configure<AuthorizationOptions>(Policies.Add);
        return services;
    }

    private static Task RedirectOrStatus(HttpContext http, string redirectUri, int status)
    {
        if (IsApi(http.Request))
        {
            http.Response.StatusCode = status;
        }
        else
        {
            http.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/elsa/api");
}
