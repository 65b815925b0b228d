using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>Whether a claim may close now, may close once its payments are in the bank file, or needs the adjuster first.</summary>
public enum ClosureReadiness { Ready, AwaitingExport, Open }

/// <summary>The claim's money as closure sees it: settled (a final payment, or nothing to pay), outstanding reserves, unexported payments, pending reserve changes.</summary>
public sealed record ClosureState(bool Settled, IReadOnlyList<(CostCategory Category, Money Outstanding)> Outstanding, int UnexportedPayments, int PendingReserveChanges);

/// <summary>
/// A claim closes only with no money open (DOMAIN.md, "Claim money"): finally paid, no outstanding reserve, every live
/// payment exported to the bank and no reserve change waiting for approval. Unexported payments alone only need the
/// day's bank file; anything else needs the adjuster (decision 0022).
/// </summary>
public static class ClosureCheck
{
    public static IReadOnlyList<string> Problems(ClosureState state)
    {
        var problems = new List<string>();
        if (!state.Settled)
        {
            problems.Add("No final payment has been made.");
        }

        problems.AddRange(state.Outstanding.Where(c => c.Outstanding != Money.Zero)
            .Select(c => $"{c.Category} still has an outstanding reserve of {c.Outstanding:N2}; set its reserve to what was paid first."));
        if (state.PendingReserveChanges > 0)
        {
            problems.Add("A reserve change is waiting for a senior's approval.");
        }

        if (state.UnexportedPayments > 0)
        {
            problems.Add($"{state.UnexportedPayments} payment(s) are not yet exported to the bank.");
        }

        return problems;
    }

    public static ClosureReadiness Decide(ClosureState state) =>
        !state.Settled || state.PendingReserveChanges > 0 || state.Outstanding.Any(c => c.Outstanding != Money.Zero) ? ClosureReadiness.Open
        : state.UnexportedPayments > 0 ? ClosureReadiness.AwaitingExport
        : ClosureReadiness.Ready;
}
