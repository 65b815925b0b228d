using System.Net.Http.Headers;
using System.Net.Http.Json;
using Claims.Domain.Common;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Builders;

/// <summary>Bearer-token clients for the demo users, and a test user holding every role.</summary>
public static class ApiClients
{
    public const string DemoPassword = "Claims!2026";

    public static async Task<HttpClient> ForAsync<T>(WebApplicationFactory<T> app, string userName, string password = DemoPassword)
        where T : class
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Creates (once) a user with all roles, so tests reach every endpoint past authorization.</summary>
    public static Task<HttpClient> ForAllRolesAsync<T>(WebApplicationFactory<T> app)
        where T : class => ForRolesAsync(app, "all.roles", [.. Roles.All]);

    /// <summary>Creates (once) a user with these roles and signs in as them.</summary>
    public static async Task<HttpClient> ForRolesAsync<T>(WebApplicationFactory<T> app, string userName, params string[] roles)
        where T : class
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
            if (!db.Users.Any(u => u.UserName == userName))
            {
                var user = AppUser.Create(userName, $"{userName} (test)", roles, "SH", 9);
                user.SetPasswordHash(scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(user, DemoPassword));
                db.Users.Add(user);
                await db.SaveChangesAsync();
            }
        }

        return await ForAsync(app, userName);
    }

    private sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
}
