using System.Text.Json.Nodes;
using Claims.Domain.Policies;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Underwriting;

/// <summary>Reviews a referred proposal and records the decision by completing its review task (the first review or the referral sub-flow's).</summary>
[Authorize(Policy = Policies.Underwriters)]
public sealed class ReviewModel(ClaimsDbContext db, TaskCompleter completer) : PageModel
{
    public Proposal? Proposal { get; private set; }
    public WorkTask? Task { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [BindProperty] public string Decision { get; set; } = nameof(DecisionKind.Accept);
    [BindProperty] public decimal? LoadingPercent { get; set; }
    [BindProperty] public decimal? Excess { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public bool CanDecide => Task is { } t && t.IsFor(User.UserName(), User.RoleNames());

    public async System.Threading.Tasks.Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Proposal = await db.Proposals.FindAsync([id], ct);
        Task = Proposal is null ? null : await ProposalTasks.OpenOfKindsAsync(db, Proposal.WorkflowInstanceId, ProposalTasks.ReviewKinds, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        if (Task is null)
        {
            Errors = ["This proposal is not waiting for an underwriter."];
            return Page();
        }

        var outcome = Decision switch { nameof(DecisionKind.Decline) => "Decline", nameof(DecisionKind.ReferUp) => "ReferUp", _ => "Accept" };
        var data = new JsonObject { ["decision"] = Decision, ["reason"] = Reason, ["loadingPercent"] = LoadingPercent, ["excess"] = Excess };
        var completion = await completer.CompleteAsync(Task.Id, ProposalTasks.OutcomeFor(Task, outcome), data.ToJsonString(), User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect("/Underwriting");
        }

        Errors = completion.Result switch
        {
            CompletionResult.NotYours => ["This review is for another authority level."],
            CompletionResult.AlreadyClosed => ["Someone has already decided this proposal."],
            _ => [.. completion.Errors.SelectMany(e => e.Value)],
        };
        return Page();
    }
}
