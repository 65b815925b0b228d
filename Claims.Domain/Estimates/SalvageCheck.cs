namespace Claims.Domain.Estimates;

/// <summary>Salvage kept by the insurer can never exceed the gross, so the net is never negative (DOMAIN.md, "Claim money").</summary>
public static class SalvageCheck
{
    /// <summary>The refusal to show, or null when the salvage fits the gross.</summary>
    public static string? Check(decimal gross, decimal salvage) =>
        salvage > gross
            ? $"Salvage {salvage:N2} cannot exceed the estimate's gross {gross:N2}: the net would be negative."
            : null;
}
