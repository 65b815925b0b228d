namespace Claims.Web.Infrastructure.Data.Configurations;

/// <summary>Database schemas by area (SQLite ignores them).</summary>
public static class Schemas
{
    public const string ReferenceData = "ref";
    public const string Policies = "policy";
    public const string Documents = "docs";
    public const string Claims = "claims";
}
