using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Web.Infrastructure.Faults;

/// <summary>Faults just before and just after a transaction commits (test-only, registered only when <c>Faults:Points</c> is set).</summary>
public sealed class FaultInterceptor : DbTransactionInterceptor
{
    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        FaultHook.Hit(FaultPoint.BeforeCommit);
        return ValueTask.FromResult(result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        FaultHook.Hit(FaultPoint.AfterCommit);
        return Task.CompletedTask;
    }
}

public static class FaultRegistration
{
    /// <summary>Registers the hook when <c>Faults:Points</c> names points (e.g. <c>BeforeCommit,InInbox</c>); it arms once the app has started.</summary>
    public static IServiceCollection AddFaultInjection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FaultHook.Section);
        if (section["Points"] is not { Length: > 0 } names)
        {
            return services;
        }

        var points = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<FaultPoint>).ToHashSet();
        var rate = section.GetValue("Rate", 0.01);
        var crash = section.GetValue("Crash", false);
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, FaultInterceptor>();
        services.AddHostedService(sp => new FaultArming(sp.GetRequiredService<IHostApplicationLifetime>(),
            () => FaultHook.Arm(points, rate, crash, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FaultHook)))));
        return services;
    }

    /// <summary>Arms the hook after start-up (migrations and seeding run unfaulted).</summary>
    private sealed class FaultArming(IHostApplicationLifetime lifetime, Action arm) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(arm);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            FaultHook.Disarm();
            return Task.CompletedTask;
        }
    }
}
