namespace Claims.Domain.Common;

/// <summary>A sales and claims region (a provincial branch): prices, labour standards and queues are regional.</summary>
public sealed class Region
{
    private Region() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    public static Region Create(string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Region { Code = code.Trim().ToUpperInvariant(), Name = name.Trim() };
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}
