namespace Claims.Web.Infrastructure.Seeding.Book;

public static class DemoBookRegistration
{
    /// <summary>The demo book's seeder and steps; the app's clock becomes a <see cref="AsOfClock"/> over the real one.</summary>
    public static IServiceCollection AddDemoBook(this IServiceCollection services)
    {
        services.AddAsOfClock();
        services.AddSingleton<DemoBookSeeder>();
        services.AddSingleton<ISeeder>(sp => sp.GetRequiredService<DemoBookSeeder>());
        foreach (var step in typeof(IDemoStep).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoStep).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IDemoStep), step);
        }

        return services;
    }
}
