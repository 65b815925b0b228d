using System.Text.Json.Nodes;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Financials;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.Tasks;
using Claims.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claims.Web.Pages.Adjusting;

/// <summary>The claim's Financials tab: reserve history, payments, payees, incurred; adjusters pay, add payees and change reserves here.</summary>
[Authorize(Policy = Policies.ClaimViewers)]
public sealed class FinancialsModel(ClaimsDbContext db, MoneyOptions options, TimeProvider time, TaskCompleter completer) : PageModel
{
    public GetFinancials.Response? Money { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    [BindProperty] public Guid? PayeeId { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public decimal? Amount { get; set; }
    [BindProperty] public bool Final { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? PayeeKind { get; set; }
    [BindProperty] public string? PayeeName { get; set; }
    [BindProperty] public string? Account { get; set; }
    [BindProperty] public string? Bank { get; set; }

    public bool CanPay => User.RoleNames().Any(r => r is Roles.LossAdjuster or Roles.SeniorAdjuster);

    /// <summary>The claim's total reserve after each change, oldest first: the chart's columns.</summary>
    public IReadOnlyList<(string Label, decimal Value)> ReserveHistory =>
        (Money?.Ledger ?? []).Where(l => l.Kind == nameof(TransactionKind.ReserveChange))
            .Aggregate(new List<(string, decimal)>(), (acc, l) => { acc.Add(($"{l.At:MM-dd HH:mm}", (acc.Count == 0 ? 0m : acc[^1].Item2) + l.Amount)); return acc; });

    /// <summary>The claim's open reserve approval or settlement task when it is the user's: its outcomes are buttons here.</summary>
    public WorkTask? Task { get; private set; }

    [BindProperty] public string? Outcome { get; set; }

    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Money = await GetFinancials.LoadAsync(db, id, ct);
        var instance = await db.Claims.Where(c => c.Id == id).Select(c => c.WorkflowInstanceId).SingleOrDefaultAsync(ct);
        var open = await ClaimTasks.Of(db, instance).AsNoTracking()
            .Where(t => t.Status == WorkTaskStatus.Open && (t.Kind == SettlementValidator.Kind || t.Kind == "ReserveApproval"))
            .ToListAsync(ct);
        Task = open.OrderBy(t => t.Kind == SettlementValidator.Kind).FirstOrDefault(t => t.IsFor(User.UserName(), User.RoleNames()));
    }

    public async Task<IActionResult> OnPostTaskAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        var data = string.IsNullOrWhiteSpace(Comment) ? null : new JsonObject { ["comment"] = Comment.Trim() }.ToJsonString();
        var completion = await completer.CompleteAsync(taskId, Outcome, data, User.UserName(), User.RoleNames(), ct);
        db.ChangeTracker.Clear();
        Done = completion.Result == CompletionResult.Completed ? $"{completion.Task?.Kind}: {Outcome}." : null;
        Errors = completion.Result switch
        {
            CompletionResult.Completed => [],
            CompletionResult.NotYours => ["This task is not in your work queue."],
            CompletionResult.AlreadyClosed => ["Someone has already completed this task."],
            CompletionResult.NotFound => ["The task is gone."],
            _ => [.. completion.Errors.SelectMany(e => e.Value)],
        };
        await OnGetAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => MakePayment.Handle(id, new MakePayment.Request(PayeeId, Category, Amount, Final, Reason), User, db, time, ct), "Payment recorded.", ct);

    public Task<IActionResult> OnPostPayeeAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => AddPayee.Handle(id, new AddPayee.Request(PayeeKind, PayeeName, Account, Bank), User, db, time, ct), "Payee added.", ct);

    public Task<IActionResult> OnPostReserveAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => ChangeReserve.Handle(id, new ChangeReserve.Request(Category, Amount, Reason), User, db, options, time, ct), "Reserve changed.", ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<IResult>> action, string done, CancellationToken ct)
    {
        if (!CanPay)
        {
            return Forbid();
        }

        var result = await action();
        db.ChangeTracker.Clear();
        Done = result switch
        {
            Accepted<ChangeReserve.Response> => "The reserve change is above your authority: it waits for a senior's approval.",
            Ok<ChangeReserve.Response> or Created<GetFinancials.PaymentView> or Created<GetFinancials.PayeeView> => done,
            _ => null,
        };
        Errors = Done is null ? ProblemText.Of(result) : [];
        await OnGetAsync(id, ct);
        return Page();
    }

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetNames<T>();
}
