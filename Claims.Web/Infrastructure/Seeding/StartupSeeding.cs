using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Infrastructure;

/// <summary>Runs the idempotent seeders after migrations: demo users and data in Development (or when Demo:Seed is true).</summary>
public static class StartupSeeding
{
    public static async Task RunAsync(IServiceProvider services, IHostEnvironment environment, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var seedDemo = configuration.GetValue<bool?>("Demo:Seed") ?? environment.IsDevelopment();
        if (!seedDemo)
        {
            return;
        }

        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, ct);
        }
    }
}

/// <summary>One seeder per area; each must be idempotent.</summary>
public interface ISeeder
{
    int Order { get; }

    Task SeedAsync(ClaimsDbContext db, CancellationToken ct);
}
