namespace Claims.Domain.Reinspection;

/// <summary>Why a re-inspector changed a line (DOMAIN.md, "Re-inspection audit").</summary>
public enum FindingCategory { WrongPartOrTrim, PriceAboveCatalogue, LabourAboveStandard, ReplaceWhereRepairSufficed, PaintOverCount, MissingSalvage }

/// <summary>Why a closed claim was picked for re-inspection; a claim may have several.</summary>
public enum SamplingReason { Random, WeakAdjuster, HighAmount, PriceVerified, FourSRepair }

public enum AuditStatus { ReEstimating, FeedbackPending, Closed }

/// <summary>How an audit ended: the adjuster accepted, or a senior upheld or overturned the adjuster's dispute.</summary>
public enum AuditResolution { Accepted, Upheld, Overturned }
