using Microsoft.EntityFrameworkCore.Storage;

namespace Claims.Tests.Fixtures;

/// <summary>
/// An execution strategy that, like SQL Server's <c>EnableRetryOnFailure</c> in production, retries and therefore refuses a
/// transaction begun outside it: on SQLite it shows which code would fail on SQL Server, which cannot run here.
/// </summary>
public sealed class RetryingStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(50))
{
    protected override bool ShouldRetryOn(Exception exception) => false;
}
