using Claims.Domain.Policies;

namespace Claims.Domain.Claims;

/// <summary>Whether the policy answers for the loss; a refusal carries the reason told to the customer.</summary>
public sealed record CoverageDecision(bool Covered, string? Reason)
{
    public static readonly CoverageDecision Yes = new(true, null);

    public static CoverageDecision No(string reason) => new(false, reason);
}

/// <summary>Coverage on the loss date: the policy in force, and the cover the cause needs.</summary>
public static class CoverageCheck
{
    public static Cover RequiredCover(LossCause cause) => cause switch
    {
        LossCause.Theft => Cover.Theft,
        LossCause.Glass => Cover.Glass,
        LossCause.ThirdPartyDamage => Cover.ThirdPartyLiability,
        _ => Cover.OwnDamage,
    };

    public static CoverageDecision Decide(Policy policy, LossCause cause, DateOnly lossDate)
    {
        if (policy.Status == PolicyStatus.Cancelled)
        {
            return CoverageDecision.No($"Policy {policy.Number} was cancelled.");
        }

        if (!policy.IsInForceOn(lossDate))
        {
            return CoverageDecision.No(
                $"The loss on {lossDate:yyyy-MM-dd} is outside the policy period {policy.StartDate:yyyy-MM-dd} to {policy.ExpiryDate:yyyy-MM-dd}.");
        }

        var required = RequiredCover(cause);
        return policy.HasCover(required)
            ? CoverageDecision.Yes
            : CoverageDecision.No($"A {cause} loss needs {required} cover, which policy {policy.Number} does not carry.");
    }
}
