using Claims.Domain.Claims;
using Claims.Domain.Reinspection;
using Claims.Web.Features.Reinspections;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Audits;

/// <summary>The re-inspector's copy of the estimate: revise line by line, each change with a finding, then submit.</summary>
[Authorize(Policy = Policies.ReinspectionAuditors)]
public sealed class ReEstimateModel(ClaimsDbContext db, ClaimRules rules, TaskCompleter completer, TimeProvider time) : PageModel
{
    public sealed class LineInput
    {
        public int Index { get; set; }
        public int? Quantity { get; set; }
        public decimal? UnitPrice { get; set; }
        public decimal? Hours { get; set; }
        public bool Removed { get; set; }
        public string? Finding { get; set; }
        public string? Note { get; set; }
    }

    public ReinspectionView? Audit { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Message { get; private set; }
    [BindProperty] public List<LineInput> Lines { get; set; } = [];
    [BindProperty] public decimal? Salvage { get; set; }
    [BindProperty] public string? SalvageFinding { get; set; }

    public bool CanEdit => Audit?.CurrentTask is { Kind: ReinspectionTasks.ReEstimate } t
        && (t.AssigneeUser is not null ? string.Equals(t.AssigneeUser, User.UserName(), StringComparison.OrdinalIgnoreCase) : User.RoleNames().Contains(t.AssigneeRole!));

    public static IReadOnlyList<string> Findings { get; } = Enum.GetNames<FindingCategory>();

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Audit is not null)
        {
            Lines = Audit.Lines.Select(l => new LineInput
            {
                Index = l.Index, Quantity = l.Audited?.Quantity ?? l.Original.Quantity, UnitPrice = l.Audited?.UnitPrice ?? l.Original.UnitPrice,
                Hours = l.Audited?.Hours ?? l.Original.Hours, Removed = l.Removed, Finding = l.Finding?.ToString(), Note = l.Note,
            }).ToList();
            Salvage = Audit.Salvage.Audited;
            SalvageFinding = Audit.Salvage.Finding?.ToString();
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? submit, CancellationToken ct)
    {
        var request = new ReEstimateRequest(Salvage, SalvageFinding,
            Lines.Select(l => new LineRevisionRequest(l.Index, l.Quantity, l.UnitPrice, l.Hours, l.Removed, l.Finding, l.Note)).ToList());
        var saved = await RecordReEstimate.SaveAsync(db, id, request, User.UserName(), User.RoleNames(), time.GetUtcNow().UtcDateTime, ct);
        await LoadAsync(id, ct);
        if (saved.Status == 403)
        {
            Message = "The re-estimate of this audit is not open for you.";
            return Page();
        }

        if (saved.Status == 409)
        {
            Message = ConflictExceptionHandler.ReloadMessage;
            return Page();
        }

        if (saved.Errors.Count > 0)
        {
            Errors = saved.Errors;
            return Page();
        }

        if (submit is null || Audit?.CurrentTask is not { } task)
        {
            Message = "Saved. Submit when every change carries its finding.";
            return Page();
        }

        var completion = await completer.CompleteAsync(task.Id, "Submitted", null, User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect($"/Reinspections/{id}");
        }

        Errors = completion.Errors.ToDictionary(e => e.Key, e => e.Value);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct) => Audit = await ReinspectionView.LoadAsync(db, id, rules, ct);
}
