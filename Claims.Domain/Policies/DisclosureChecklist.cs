namespace Claims.Domain.Policies;

/// <summary>The facts an agent must disclose and attest before underwriting (DOMAIN.md agent checkpoint).</summary>
public static class DisclosureChecklist
{
    public static readonly IReadOnlyList<(string Key, string Question)> Items =
    [
        ("priorClaims", "Has every claim of the last five years been declared?"),
        ("modifications", "Is the vehicle modified (engine, body, fittings)?"),
        ("commercialUse", "Is the vehicle used commercially or for ride-hailing?"),
        ("otherDrivers", "Do drivers other than the named ones drive it?"),
        ("previousRefusals", "Has any insurer refused, cancelled or loaded cover before?"),
    ];

    public const string AttestedKey = "attested";

    /// <summary>The items not answered Yes or No, and the attestation when missing: the list a refusal shows.</summary>
    public static IReadOnlyList<string> Missing(IReadOnlyDictionary<string, string?> answers, bool attested)
    {
        var missing = Items.Where(i => !IsAnswer(answers.GetValueOrDefault(i.Key))).Select(i => i.Key).ToList();
        if (!attested)
        {
            missing.Add(AttestedKey);
        }

        return missing;
    }

    public static bool IsAnswer(string? value) => value is "Yes" or "No";
}
