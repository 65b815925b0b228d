using Claims.Domain.Claims;
using Claims.Domain.Fraud;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Evidence;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Adjusting;

/// <summary>One claim: policy snapshot, notice, estimate and totals, the task waiting and the timeline from the workflow journal.</summary>
[Authorize(Policy = Policies.ClaimViewers)]
public sealed class DetailModel(ClaimsDbContext db, ClaimRules rules, EvidenceOptions evidence, FraudRules fraudRules) : PageModel
{
    public ClaimView? Claim { get; private set; }

    public EvidenceSection? Evidence { get; private set; }

    public FraudView? Fraud { get; private set; }

    public ShopSection? Shop { get; private set; }

    public bool TaskIsMine => Claim?.CurrentTask is { } t
        && (t.AssigneeUser is not null ? string.Equals(t.AssigneeUser, User.UserName(), StringComparison.OrdinalIgnoreCase) : User.RoleNames().Contains(t.AssigneeRole!));

    /// <summary>The cover the loss falls under and whether its excess came from the policy (a RaiseExcess included) or the default.</summary>
    public ExcessDecision? Excess { get; private set; }

    /// <summary>An adjuster assigns a network repair shop from the claim page (the API's rules and messages).</summary>
    public async Task<IActionResult> OnPostAssignShopAsync(Guid id, Guid? shopId, CancellationToken ct)
    {
        if (!User.IsInRole(Domain.Common.Roles.LossAdjuster) && !User.IsInRole(Domain.Common.Roles.SeniorAdjuster))
        {
            return Forbid();
        }

        var (_, problem) = await Features.Shops.AssignShop.AssignAsync(db, id, shopId, ct);
        if (problem is null)
        {
            return Redirect($"/Claims/{id}");
        }

        db.ChangeTracker.Clear();
        await OnGetAsync(id, ct);
        if (Shop is not null)
        {
            Shop = Shop with { Message = Features.PolicyUnderwriting.ProblemText.Sentence(problem) };
        }

        return Page();
    }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Claim = await ClaimView.LoadAsync(db, id, rules, ct);
        if (Claim is { } c && await db.Policies.FindAsync([c.Policy.Id], ct) is { } policy)
            Excess = ClaimExcess.For(policy, c.Notice.Cause, rules.DefaultExcess);
        if (Claim is not null && await db.Claims.FindAsync([id], ct) is { } claim)
        {
            Evidence = await EvidenceSection.LoadAsync(db, evidence, claim, canUpload: false, ct);
            Fraud = await FraudView.LatestAsync(db, id, fraudRules, ct);
            Shop = await ShopSection.LoadAsync(db, claim, User.RoleNames(), null, ct);
        }
    }
}
