namespace Claims.Workflows.Alterations;

/// <summary>A submitted alteration plan: what to change (Elsa's alteration JSON) on the instances its filter selected, one job each.</summary>
public sealed class AlterationPlanRecord
{
    private AlterationPlanRecord() { }

    public Guid Id { get; private set; }
    public string AlterationsJson { get; private set; } = "[]";
    public string FilterJson { get; private set; } = "{}";
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public int JobCount { get; private set; }

    public static AlterationPlanRecord Create(Guid id, string alterationsJson, string filterJson, string createdBy, int jobCount, DateTime now) => new()
    {
        Id = id,
        AlterationsJson = alterationsJson,
        FilterJson = filterJson,
        CreatedBy = createdBy,
        JobCount = jobCount,
        CreatedAt = now,
    };
}
