using System.Text.Json.Nodes;
using Claims.Domain.Claims;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Adjusting;

/// <summary>The price checker's and the senior adjuster's page (only theirs: <see cref="Policies.ClaimReviewers"/>): the estimate with its deviations or the authority referral, and the outcomes.</summary>
[Authorize(Policy = Policies.ClaimReviewers)]
public sealed class ReviewModel(ClaimsDbContext db, ClaimRules rules, TaskCompleter completer) : PageModel
{
    public ClaimView? Claim { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    public ClaimRules Rules => rules;

    public ClaimView.OpenTask? Task => Claim?.CurrentTask is { } t && (t.Kind == "PriceVerification" || ClaimTasks.IsSettlementApproval(t.Kind)) ? t : null;

    public bool CanComplete => Task is { } t
        && (t.AssigneeUser is not null ? string.Equals(t.AssigneeUser, User.UserName(), StringComparison.OrdinalIgnoreCase) : User.RoleNames().Contains(t.AssigneeRole!));

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Claim = await ClaimView.LoadAsync(db, id, rules, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        if (Task is not { } task)
        {
            Error = "Nothing on this claim is waiting for a review.";
            return Page();
        }

        if (Outcome is "Return" or "Decline" && string.IsNullOrWhiteSpace(Comment))
        {
            Error = "Say what the adjuster should change before returning the estimate.";
            return Page();
        }

        var data = string.IsNullOrWhiteSpace(Comment) ? null : new JsonObject { ["comment"] = Comment.Trim() }.ToJsonString();
        var completion = await completer.CompleteAsync(task.Id, Outcome, data, User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect("/Claims");
        }

        Error = completion.Result switch
        {
            CompletionResult.NotYours => "This review is not in your work queue.",
            CompletionResult.AlreadyClosed => "Someone has already completed this review.",
            _ => string.Join(" ", completion.Errors.SelectMany(e => e.Value)),
        };
        return Page();
    }
}
