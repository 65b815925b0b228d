using System.Text.Json;
using Claims.Domain.Claims;
using Claims.Domain.Estimates;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Evidence;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using IActionResult = Microsoft.AspNetCore.Mvc.IActionResult;
using BindPropertyAttribute = Microsoft.AspNetCore.Mvc.BindPropertyAttribute;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Claims.Workflows.Tasks;

namespace Claims.Web.Pages.Adjusting;

/// <summary>The estimate builder: parts by type-ahead, labour from the regional standard, paint with the panel ladder; the page's script prices through the API.</summary>
[Authorize(Policy = Policies.Adjusters)]
public sealed class EstimateModel(ClaimsDbContext db, ClaimRules rules, IOptions<JsonOptions> json, EvidenceOptions evidence) : PageModel
{
    /// <summary>The claim's photos and documents, what is still missing, and the upload form while the claim is open.</summary>
    public EvidenceSection? Evidence { get; private set; }

    public ClaimView? Claim { get; private set; }
    public string Band { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public string? Message { get; private set; }
    /// <summary>The saved estimate in the request shape the script edits and sends back.</summary>
    public string EstimateJson { get; private set; } = "{}";
    public IReadOnlyList<string> ShopClasses { get; } = Enum.GetNames<ShopClass>();
    public decimal PearlPercent => rules.Estimate.PearlSurcharge * 100;

    /// <summary>The survey's findings on the disclosure items, as recorded (or all unticked).</summary>
    [BindProperty] public FindingsRequest Findings { get; set; } = new(false, false, false, false, false);
    public string? FindingsResult { get; private set; }
    public IReadOnlyList<string> Contradicted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        var task = claim is null ? null : await RecordEstimate.SurveyTaskAsync(db, claim, ct);
        // Only the surveying adjuster opens the estimate builder; for other adjusters the claim's estimate page does not exist.
        if (claim is null || !IsSurveyor(claim, task))
        {
            return NotFound();
        }

        Claim = await ClaimView.LoadAsync(db, id, rules, ct);
        if (Claim is null)
        {
            return NotFound();
        }

        Band = ((int)await db.VehicleModels.Where(m => m.Code == Claim.Policy.ModelCode).Select(m => m.Band).SingleAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        CanEdit = claim.Status == ClaimStatus.Surveying && task is not null && task.IsFor(User.UserName(), User.RoleNames());
        Message = CanEdit ? null
            : task is null || claim.Status != ClaimStatus.Surveying ? $"The estimate of {claim.Number} is {claim.Status} and not open for changes."
            : $"This survey is assigned to {task.AssigneeUser ?? task.AssigneeRole}.";
        var lines = claim.Lines.Select(l => new EstimateLineRequest(
            l.Kind.ToString(), l.PartNumber, l.Channel?.ToString(), l.Kind == EstimateLineKind.Part ? l.Quantity : null,
            l.Kind == EstimateLineKind.Part ? l.UnitPrice : null, l.Position, l.WorkType?.ToString(),
            l.Kind == EstimateLineKind.Labour ? l.Hours : null, l.Kind == EstimateLineKind.Paint ? l.UnitPrice : null)).ToList();
        if (claim.Findings is { } f)
        {
            Findings = new FindingsRequest(f.Modified, f.CommercialUse, f.UnnamedDriver, f.UndeclaredPriorClaims, f.PreviousRefusal);
        }

        Contradicted = claim.ContradictedKeys;
        Evidence = await EvidenceSection.LoadAsync(db, evidence, claim, canUpload: claim.IsOpen, ct);
        EstimateJson = JsonSerializer.Serialize(
            new EstimateRequest(claim.Lines.Count == 0 && claim.RepairShopId is null ? ShopClass.Class1.ToString() : claim.ShopClass.ToString(), claim.PearlPaint, claim.Totals.Salvage.Amount, lines, claim.RepairShop),
            json.Value.SerializerOptions);
        return Page();
    }

    /// <summary>The adjuster the survey was assigned to, or who holds its open survey task.</summary>
    private bool IsSurveyor(Claim claim, WorkTask? task) =>
        string.Equals(claim.AssignedAdjuster, User.UserName(), StringComparison.OrdinalIgnoreCase)
        || task?.IsFor(User.UserName(), User.RoleNames()) == true;

    public async Task<IActionResult> OnPostFindingsAsync(Guid id, CancellationToken ct)
    {
        if (await RecordEstimate.OpenSurveyAsync(db, id, User, "findings are recorded during the survey", "Survey not open", ct) is not ({ } claim, null))
        {
            return await OnGetAsync(id, ct); // says why the survey is not open to this user, or 404 when it is not theirs
        }

        var check = await RecordFindings.ApplyAsync(db, claim, Findings.ToFindings(), ct);
        await db.SaveChangesAsync(ct);
        var result = !check.HasDisclosure ? "Findings recorded. The policy has no attested disclosure to compare them with."
            : check.Count == 0 ? "Findings recorded. Nothing contradicts the agent's disclosure."
            : $"Findings recorded. {check.Count} disclosure answer(s) contradicted: {string.Join("; ", check.Contradictions.Select(c => $"{c.Key} (disclosed {c.Disclosed}, found {c.Found})"))}.";
        db.ChangeTracker.Clear();
        var page = await OnGetAsync(id, ct);
        FindingsResult = result;
        return page;
    }
}
