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

namespace Claims.Web.Pages.Proposals;

/// <summary>The agent's disclosure checkpoint: every item answered Yes or No, then attested; completes the AgentDisclosure task.</summary>
[Authorize(Policy = Policies.Agents)]
public sealed class DisclosureModel(ClaimsDbContext db, TaskCompleter completer) : PageModel
{
    public Proposal? Proposal { get; private set; }
    public WorkTask? Task { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Details { get; set; } = [];
    [BindProperty] public bool Attested { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Proposal = await db.Proposals.FindAsync([id], ct);
        // Only the proposal's own agent attests; for anyone else it does not exist.
        if (Proposal is null || !RecordAccess.MaySee(User, Proposal))
        {
            return NotFound();
        }

        Task = await ProposalTasks.OpenAsync(db, Proposal.WorkflowInstanceId, ProposalTasks.AgentDisclosure, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await OnGetAsync(id, ct) is NotFoundResult notFound)
        {
            return notFound;
        }

        if (Task is null)
        {
            Errors = ["This proposal is not waiting for a disclosure."];
            return Page();
        }

        var data = new JsonObject { [DisclosureChecklist.AttestedKey] = Attested };
        foreach (var (key, _) in DisclosureChecklist.Items)
        {
            data[key] = Answers.GetValueOrDefault(key);
            if (!string.IsNullOrWhiteSpace(Details.GetValueOrDefault(key)))
            {
                data[key + "Details"] = Details[key];
            }
        }

        var completion = await completer.CompleteAsync(Task.Id, "Submit", data.ToJsonString(), User.UserName(), User.RoleNames(), ct);
        if (completion.Result == CompletionResult.Completed)
        {
            return Redirect($"/Proposals/{id}");
        }

        Errors = completion.Result switch
        {
            CompletionResult.NotYours => ["This disclosure is not in your work queue."],
            CompletionResult.AlreadyClosed => ["The disclosure has already been submitted."],
            _ => [.. completion.Errors.SelectMany(e => e.Value)],
        };
        return Page();
    }
}
