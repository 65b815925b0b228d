using System.Globalization;
using Claims.Domain.Policies;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Proposals;

/// <summary>The agent's proposal form; the page script quotes it live through POST /api/proposals/quote.</summary>
[Authorize(Policy = Policies.Agents)]
public sealed class NewModel(ClaimsDbContext db, ProposalRating rating, WorkflowHost host, TimeProvider time) : PageModel
{
    public IReadOnlyList<VehicleModel> Models { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [BindProperty] public ProposalForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.StartDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (proposal, problem) = await SubmitProposal.SubmitAsync(Form.ToRequest(), User.UserName(), db, rating, host, time, ct);
        if (proposal is not null)
        {
            return Redirect($"/Proposals/{proposal.Id}");
        }

        Errors = ProblemText.Of(problem);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Models = await db.VehicleModels.AsNoTracking().OrderBy(m => m.Make).ThenBy(m => m.Model).ToListAsync(ct);
}

/// <summary>The form's flat fields; the page script sends the same shape as JSON to the quote endpoint.</summary>
public sealed class ProposalForm
{
    public string? StartDate { get; set; }
    public string? Name { get; set; }
    public string? IdNumber { get; set; }
    public string? BirthDate { get; set; }
    public string? LicenceDate { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool Consents { get; set; }
    public string? Vin { get; set; }
    public string? Plate { get; set; }
    public string? ModelCode { get; set; }
    public string? FirstRegistration { get; set; }
    public string? Usage { get; set; } = "Private";
    public int? Seats { get; set; } = 5;
    public string? DriverName { get; set; }
    public string? DriverBirthDate { get; set; }
    public string? DriverLicenceDate { get; set; }
    /// <summary>"2025-03-01:4200, 2024-05-01:800".</summary>
    public string? PriorClaims { get; set; }
    public int? YearsInsured { get; set; } = 0;
    public List<string> Covers { get; set; } = ["ThirdPartyLiability", "OwnDamage"];
    public decimal? SumInsured { get; set; }
    public decimal? Excess { get; set; } = 1000m;
    public decimal? CommissionPercent { get; set; } = 15m;

    public ProposalRequest ToRequest() => new(
        Date(StartDate),
        new ProposerInput(Name, IdNumber, Date(BirthDate), Date(LicenceDate), Phone, Email, Consents),
        new VehicleInput(Vin, Plate, ModelCode, Date(FirstRegistration), Usage, Seats),
        string.IsNullOrWhiteSpace(DriverName) ? [] : [new DriverInput(DriverName, Date(DriverBirthDate), Date(DriverLicenceDate))],
        Claims(), YearsInsured, Covers, SumInsured, Excess, CommissionPercent);

    private List<ClaimInput> Claims() =>
        (PriorClaims ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(':', 2))
            .Select(p => new ClaimInput(Date(p[0]), p.Length > 1 && decimal.TryParse(p[1], CultureInfo.InvariantCulture, out var a) ? a : null))
            .ToList();

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
