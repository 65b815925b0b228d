using Claims.Domain.Policies;

namespace Claims.Domain.Claims;

public enum ExcessSource { Policy, Default }

/// <summary>The excess a claim deducts: the cover the loss falls under, the amount, and where the amount came from.</summary>
public sealed record ExcessDecision(Cover Cover, decimal Amount, ExcessSource Source);

/// <summary>DOMAIN.md "Claim money": the excess comes from the policy as issued, per cover; the default only when it names none.</summary>
public static class ClaimExcess
{
    public static ExcessDecision For(Policy policy, LossCause cause, decimal defaultExcess) =>
        For(policy.ExcessFor(CoverageCheck.RequiredCover(cause)), cause, defaultExcess);

    public static ExcessDecision For(decimal? policyExcess, LossCause cause, decimal defaultExcess)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(defaultExcess);
        var cover = CoverageCheck.RequiredCover(cause);
        return policyExcess is { } named and >= 0m
            ? new ExcessDecision(cover, named, ExcessSource.Policy)
            : new ExcessDecision(cover, defaultExcess, ExcessSource.Default);
    }
}
