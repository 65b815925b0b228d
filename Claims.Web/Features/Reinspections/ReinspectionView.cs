using Claims.Domain.Claims;
using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Reinspections;

/// <summary>One audit side by side with the estimate it audits: what the pages and GET /api/reinspections/{id} show.</summary>
public sealed record ReinspectionView(
    Guid Id, Guid ClaimId, string ClaimNumber, string RegionCode, string? Adjuster, string? Reinspector, string ShopName, ShopClass ShopClass,
    AuditStatus Status, IReadOnlyList<SamplingReason> Reasons, decimal Draw, DateTime SampledAt, IReadOnlyList<ReinspectionView.Line> Lines,
    ReinspectionView.SalvageChange Salvage, EstimateTotals OriginalTotals, EstimateTotals AuditedTotals, decimal Paid, decimal ShouldHavePaid,
    decimal Leakage, decimal LeakageShare, bool LeakageRecorded, IReadOnlyList<FindingCategory> Findings, AuditResolution? Resolution,
    string? DisputeReason, string? ResolvedBy, DateTime? ClosedAt, decimal? Recovery, ReinspectionView.OpenTask? CurrentTask)
{
    public sealed record Figures(int Quantity, decimal UnitPrice, decimal Hours, decimal Amount);

    public sealed record Line(
        int Index, EstimateLineKind Kind, string Position, string Description, Figures Original, Figures? Audited, bool Removed, bool Changed,
        decimal Variance, FindingCategory? Finding, string? Note);

    public sealed record SalvageChange(decimal Original, decimal Audited, FindingCategory? Finding);

    public sealed record OpenTask(Guid Id, string Kind, string Subject, string? AssigneeRole, string? AssigneeUser, string? Link, IReadOnlyList<string> Outcomes);

    public static async Task<ReinspectionView?> LoadAsync(ClaimsDbContext db, Guid id, ClaimRules rules, CancellationToken ct)
    {
        var audit = await db.ReinspectionAudits.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (audit is null)
        {
            return null;
        }

        var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == audit.ClaimId, ct);
        var figures = AuditFigures.Compute(audit, claim, rules);
        var task = await ReinspectionTasks.OpenAsync(db, audit.WorkflowInstanceId, ct);
        var recovery = await db.RecoveryActions.AsNoTracking().Where(r => r.AuditId == id).Select(r => (decimal?)r.Amount).FirstOrDefaultAsync(ct);
        var lines = audit.Lines.OrderBy(l => l.Index).Select(l => new Line(
            l.Index, l.Kind, l.Position, l.Description, new Figures(l.OriginalQuantity, l.OriginalUnitPrice, l.OriginalHours, l.OriginalAmount),
            l.Removed ? null : new Figures(l.AuditedQuantity, l.AuditedUnitPrice, l.AuditedHours, l.AuditedAmount), l.Removed, l.Changed, l.Variance,
            l.Finding, l.Note)).ToList();
        return new ReinspectionView(
            audit.Id, audit.ClaimId, audit.ClaimNumber, audit.RegionCode, audit.Adjuster, audit.Reinspector, audit.ShopName, audit.ShopClass, audit.Status,
            audit.ReasonList, audit.Draw, audit.SampledAt, lines, new SalvageChange(audit.OriginalSalvage, audit.AuditedSalvage, audit.SalvageFinding),
            figures.Original, figures.Audited, figures.Paid, audit.ShouldHavePaid ?? figures.ShouldHavePaid, audit.Leakage ?? figures.Leakage, figures.Share,
            audit.Leakage is not null, audit.Findings, audit.Resolution, audit.DisputeReason, audit.ResolvedBy, audit.ClosedAt, recovery,
            task is null ? null : new OpenTask(task.Id, task.Kind, task.Subject, task.AssigneeRole, task.AssigneeUser, task.Link, task.Outcomes));
    }
}
