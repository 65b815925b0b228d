using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Fixtures;

public static class AppFactoryExtensions
{
    /// <summary>Runs work against the app's database in a fresh scope, as a request would.</summary>
    public static async Task<T> WithDbAsync<T>(this WebApplicationFactory<Program> factory, Func<ClaimsDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
    }

    public static Task WithDbAsync(this WebApplicationFactory<Program> factory, Func<ClaimsDbContext, Task> work) =>
        factory.WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });
}
