namespace Claims.Workflows.Persistence;

internal static class WorkflowSchema
{
    public const string Name = "workflow";
}
