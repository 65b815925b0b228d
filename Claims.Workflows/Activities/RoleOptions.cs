using Claims.Domain.Common;

namespace Claims.Workflows.Activities;

/// <summary>The staff roles as dropdown choices.</summary>
public sealed class RoleOptions : IInputOptionsProvider
{
    public IReadOnlyList<string> GetOptions() => Roles.All;
}
