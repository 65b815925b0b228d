namespace Claims.Domain.Policies;

public enum DecisionKind { Accept, Load, RaiseExcess, Decline, ReferUp }

/// <summary>One underwriter's decision on a proposal; every decision carries its reason.</summary>
public sealed record UnderwriterDecision(
    DecisionKind Kind, string Reason, AuthorityLevel Level, string By, DateTime At, decimal? LoadingPercent = null, decimal? Excess = null)
{
    /// <summary>The problems with a decision as submitted; empty when it may be recorded.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(DecisionKind kind, string? reason, decimal? loadingPercent, decimal? excess, decimal currentExcess, AuthorityLevel level)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["A reason is required."];
        }

        if (kind == DecisionKind.Load && loadingPercent is not (> 0m and <= 200m))
        {
            errors["loadingPercent"] = ["A loading must be above 0% and at most 200%."];
        }

        if (kind == DecisionKind.RaiseExcess && (excess is null || excess <= currentExcess))
        {
            errors["excess"] = [$"The new excess must be above the current {currentExcess:0.00}."];
        }

        if (kind == DecisionKind.ReferUp && AuthorityLevels.Above(level) is null)
        {
            errors["decision"] = ["Head office is the highest level; accept or decline."];
        }

        return errors;
    }
}
