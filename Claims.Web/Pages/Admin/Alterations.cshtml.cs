using System.Text.Json.Nodes;
using Claims.Web.ElsaApi;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Alterations;
using Claims.Workflows.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Admin;

/// <summary>/Admin/Alterations: select instances (definition, version, status, activity), dry-run a change, map activities, submit, watch.</summary>
[Authorize(Policy = Policies.Admins)]
public sealed class AlterationsModel(ClaimsDbContext db, WorkflowAlterations alterations, TimeProvider time) : PageModel
{
    public const int SampleSize = 10;

    [BindProperty] public string? DefinitionId { get; set; }
    [BindProperty] public int? FromVersion { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? ActivityId { get; set; }
    [BindProperty] public string Kind { get; set; } = Alteration.Migrate;
    [BindProperty] public int? TargetVersion { get; set; }
    [BindProperty] public string? VariableId { get; set; }
    [BindProperty] public string? VariableValue { get; set; }
    /// <summary>Read from the form's Map[from] fields; a bound dictionary would also swallow every other field.</summary>
    public Dictionary<string, string> Map { get; private set; } = [];

    public IReadOnlyList<(string DefinitionId, int Version)> Versions { get; private set; } = [];
    public IReadOnlyList<(string From, string? To)> Mapping { get; private set; } = [];
    public AlterationEndpoints.DryRunResponse? DryRun { get; private set; }
    public AlterationEndpoints.PlanResponse? Plan { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task OnGetAsync(Guid? planId, CancellationToken ct)
    {
        await LoadVersionsAsync(ct);
        Plan = planId is { } id ? await AlterationEndpoints.FindAsync(db, id, ct) : null;
    }

    /// <summary>Polled by the page's script while a plan runs.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid planId, CancellationToken ct) =>
        await AlterationEndpoints.FindAsync(db, planId, ct) is { } plan ? new JsonResult(plan.Progress) : NotFound();

    public async Task<IActionResult> OnPostDryRunAsync(CancellationToken ct)
    {
        await LoadVersionsAsync(ct);
        var plan = PlanRequest();
        Errors = await AlterationPlans.ValidateAsync(plan, db, requireAlterations: true, ct);
        if (Errors.Count == 0)
        {
            DryRun = await AlterationEndpoints.DryRunAsync(plan, db, alterations, ct);
        }

        await LoadMappingAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        var plan = PlanRequest();
        Errors = await AlterationPlans.ValidateAsync(plan, db, requireAlterations: true, ct);
        if (Errors.Count > 0)
        {
            await LoadVersionsAsync(ct);
            await LoadMappingAsync(ct);
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var submitted = await AlterationEndpoints.SubmitAsync(plan, Guid.CreateVersion7(now), db, User.UserName(), now, ct);
        return RedirectToPage(new { planId = submitted.PlanId });
    }

    private AlterationPlanRequest PlanRequest()
    {
        Map = Request.Form.Where(f => f.Key.StartsWith("Map[", StringComparison.Ordinal) && f.Key.EndsWith(']'))
            .ToDictionary(f => f.Key[4..^1], f => f.Value.ToString());
        var alteration = Kind switch
        {
            Alteration.Migrate => new Alteration(Kind, TargetVersion, Map.Where(m => !string.IsNullOrWhiteSpace(m.Value)).ToDictionary(m => m.Key, m => m.Value.Trim())),
            Alteration.ModifyVariable => new Alteration(Kind, VariableId: VariableId, Value: ParseValue(VariableValue)),
            _ => new Alteration(Kind),
        };
        var filter = new AlterationFilter(
            DefinitionId: string.IsNullOrWhiteSpace(DefinitionId) ? null : DefinitionId,
            Version: FromVersion,
            Statuses: string.IsNullOrWhiteSpace(Status) ? null : [Status],
            ActivityFilters: string.IsNullOrWhiteSpace(ActivityId) ? null : [new ActivityFilter(ActivityId.Trim(), null)]);
        return new AlterationPlanRequest(null, [alteration], filter);
    }

    /// <summary>JSON when it parses (numbers, true, objects), else the text as a string.</summary>
    private static JsonNode? ParseValue(string? text)
    {
        try
        {
            return text is null ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private async Task LoadVersionsAsync(CancellationToken ct) =>
        Versions = [.. (await db.Set<WorkflowDefinitionRecord>().AsNoTracking().OrderBy(r => r.DefinitionId).ThenBy(r => r.Version)
            .Select(r => new { r.DefinitionId, r.Version }).ToListAsync(ct)).Select(r => (r.DefinitionId, r.Version))];

    /// <summary>Every activity of the from-version, prefilled with the same id when the target version has it.</summary>
    private async Task LoadMappingAsync(CancellationToken ct)
    {
        if (Kind != Alteration.Migrate || DefinitionId is null || FromVersion is null || TargetVersion is null)
        {
            return;
        }

        var records = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.DefinitionId == DefinitionId && (r.Version == FromVersion || r.Version == TargetVersion)).ToListAsync(ct);
        if (records.FirstOrDefault(r => r.Version == FromVersion) is not { } from || records.FirstOrDefault(r => r.Version == TargetVersion) is not { } to)
        {
            return;
        }

        var target = AlterationPlans.ActivityIds(WorkflowDefinitionStore.ToDefinition(to)).ToHashSet();
        Mapping = [.. AlterationPlans.ActivityIds(WorkflowDefinitionStore.ToDefinition(from))
            .Select(id => (id, Map.GetValueOrDefault(id) is { Length: > 0 } chosen ? chosen : target.Contains(id) ? id : null))];
    }
}
