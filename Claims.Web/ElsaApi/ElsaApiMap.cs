using Claims.Web.Infrastructure.Auth;

namespace Claims.Web.ElsaApi;

/// <summary>
/// The Elsa-compatible API Studio 3.8.2 talks to, under <c>/elsa/api</c>. Every staff role reads definitions; only designers
/// (see <see cref="Policies.WorkflowDesigners"/>) change anything, and only they get the links that make Studio editable;
/// instances are for <see cref="Policies.WorkflowMonitors"/>.
/// </summary>
public static class ElsaApiMap
{
    public const string Prefix = "/elsa/api";

    public static void MapElsaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization(Policies.WorkflowViewers).WithTags("Elsa Studio").ExcludeFromDescription();
        ListDefinitions.Map(api);
        GetDefinition.Map(api);
        SaveDefinition.Map(api);
        PublishDefinition.Map(api);
        ManageDefinition.Map(api);
        BulkActions.Map(api);
        ExportImport.Map(api);
        ExecuteDefinition.Map(api);
        ActivityDescriptors.Map(api);
        FixedDescriptors.Map(api);
        TypeDefinitions.Map(api);
        // Instances, their variables and journal: the same roles as /api/workflow-instances/{id}.
        var instances = api.MapGroup("").RequireAuthorization(Policies.WorkflowMonitors);
        ListInstances.Map(instances);
        GetInstance.Map(instances);
        InstanceJournal.Map(instances);
        ActivityExecutions.Map(instances);
        ActivityCallStack.Map(instances);
        InstanceActions.Map(instances);
        AlterationEndpoints.Map(api);
    }
}
