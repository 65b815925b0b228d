namespace Claims.Domain.Policies;

/// <summary>An agent (producer) attached to a branch of a region; judged on the loss ratio of the business brought in.</summary>
public sealed class Agent
{
    private Agent() { }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string Branch { get; private set; } = "";
    /// <summary>The staff user who signs in as this agent, when there is one.</summary>
    public string? UserName { get; private set; }

    public static Agent Create(Guid id, string code, string name, string regionCode, string branch)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        return new Agent { Id = id, Code = code.Trim(), Name = name.Trim(), RegionCode = regionCode, Branch = branch.Trim() };
    }

    public void LinkUser(string? userName) => UserName = string.IsNullOrWhiteSpace(userName) ? null : userName.Trim();
}
