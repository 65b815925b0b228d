using Claims.Domain.Claims;
using Claims.Domain.Reinspection;

namespace Claims.Web.Features.Reinspections;

/// <summary>The audit's figures from the claim's original lines and the audited copy, for the activity and the pages alike.</summary>
public static class AuditFigures
{
    public static LeakageResult Compute(ReinspectionAudit audit, Claim claim, ClaimRules rules)
    {
        var original = claim.Lines;
        var audited = audit.Lines.OrderBy(l => l.Index).Select(l => l.Index < original.Count ? l.Audited(original[l.Index]) : null).ToList();
        return LeakageCalculator.Compute(original, audited, claim.PearlPaint, audit.OriginalSalvage, audit.AuditedSalvage, claim.Liability, claim.Excess.Amount,
            audit.PaidAmount, rules.Estimate);
    }
}
