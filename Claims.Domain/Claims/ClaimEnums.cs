namespace Claims.Domain.Claims;

/// <summary>What happened to the vehicle; each cause needs a cover on the policy.</summary>
public enum LossCause { Collision, SingleVehicle, Theft, Glass, Flood, Fire, Hail, Vandalism, ThirdPartyDamage }

/// <summary>The insured driver's share of fault as the police or the parties settled it.</summary>
public enum LiabilityShare { Full, Major, Equal, Minor, None }

/// <summary>How the first notice reached us.</summary>
public enum NoticeChannel { Phone, Web, App, Agent, Walkin }

public enum ClaimStatus { Notified, Rejected, Surveying, Estimated, PriceVerification, AwaitingApproval, Approved, Paid, Closed, Investigation, Denied }
