using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;

namespace Claims.Tests.Domain;

/// <summary>How an audit's outcome decides what counts against the adjuster and opens a recovery.</summary>
public sealed class ReinspectionAuditDomainTests
{
    [Theory]
    [InlineData(AuditResolution.Accepted, 300.0, 1)]    // accepted: the 300 leakage and the finding count
    [InlineData(AuditResolution.Upheld, 300.0, 1)]      // dispute upheld: same
    [InlineData(AuditResolution.Overturned, 0.0, 0)]    // dispute overturned: nothing counts
    public void Close_Resolution_DecidesConfirmedLeakage(AuditResolution resolution, double confirmed, int findings)
    {
        var audit = AuditWithLeakage();

        var counted = audit.Close(resolution, "Dealer had no stock.", "senior.adjuster", new DateTime(2026, 11, 20));

        Assert.Equal((decimal)confirmed, counted);
        Assert.Equal(findings, audit.Findings.Count);
        Assert.Equal((decimal)confirmed, audit.Result!.Leakage);
    }

    [Fact]
    public void Recovery_OverturnedAudit_Refused()
    {
        var audit = AuditWithLeakage();
        audit.Close(AuditResolution.Overturned, "Wrong catalogue", "senior.adjuster", new DateTime(2026, 11, 20));

        Assert.Throws<InvalidOperationException>(() => RecoveryAction.Open(Guid.NewGuid(), audit, new DateTime(2026, 11, 20)));
    }

    private static ReinspectionAudit AuditWithLeakage()
    {
        var part = EstimateLine.Part("P-1", "Bumper", "BUMPER_FRONT", PriceChannel.FourS, 1, 1_000m, 700m);
        var decision = new SamplingDecision(true, [SamplingReason.FourSRepair], 0.5m, 0.05m);
        var audit = ReinspectionAudit.Sample(Guid.NewGuid(), Guid.NewGuid(), "C1", "SH", "adjuster", "Star 4S", ShopClass.FourS, 500m, [part], 0m, decision,
            new DateTime(2026, 11, 1));
        var revised = ReEstimate.Apply([part], [new LineRevision(0, null, 700m, null, false, FindingCategory.PriceAboveCatalogue, null)], 0m, 0m, null);
        audit.RecordReEstimate(revised, 0m, null, new DateTime(2026, 11, 2));
        // Paid 1,000 − 500 = 500; audited 700 − 500 = 200; leakage 300.
        audit.RecordLeakage(LeakageCalculator.Compute([part], [revised.Lines[0].Audited(part)], false, 0m, 0m, Claims.Domain.Claims.LiabilityShare.Full, 500m, 500m,
            EstimateRules.Default), new DateTime(2026, 11, 3));
        return audit;
    }
}
