using Claims.Web.Infrastructure.Data;

namespace Claims.Web.Infrastructure.Seeding;

/// <summary>Runs the idempotent seeders after migrations: demo users in Development, demo data when Demo:Seed is on (the Development default).</summary>
public static class StartupSeeding
{
    public static async Task RunAsync(IServiceProvider services, IHostEnvironment environment, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var seedDemo = configuration.GetValue<bool?>("Demo:Seed") ?? environment.IsDevelopment();
        // Sign-in accounts are needed in every Development run, even one that wants empty business tables.
        var seedAccounts = seedDemo || environment.IsDevelopment();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        foreach (var seeder in scope.ServiceProvider.GetServices<ISeeder>().OrderBy(s => s.Order))
        {
            if (seeder.IsDemoData ? seedDemo : seedAccounts)
            {
                await seeder.SeedAsync(db, ct);
            }
        }
    }
}

/// <summary>One seeder per area; each must be idempotent.</summary>
public interface ISeeder
{
    int Order { get; }

    /// <summary>Demo business data runs only when Demo:Seed is on; accounts (false) also run in any Development start.</summary>
    bool IsDemoData => true;

    Task SeedAsync(ClaimsDbContext db, CancellationToken ct);
}
