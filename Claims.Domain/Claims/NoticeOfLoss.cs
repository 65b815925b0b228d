namespace Claims.Domain.Claims;

/// <summary>The first notice of loss as reported, before any check.</summary>
public sealed record NoticeOfLoss(
    DateTime LossAt, string LossPlace, string LossRegionCode, LossCause Cause, string Description, LiabilityShare Liability,
    bool Injuries, bool Drivable, int ThirdPartyCount, string? ThirdParties, NoticeChannel Channel, string ReportedBy);
