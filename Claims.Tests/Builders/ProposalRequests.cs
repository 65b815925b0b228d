namespace Claims.Tests.Builders;

/// <summary>Proposal bodies as the API takes them: a plain, clean risk by default, with the odd fact changed per test.</summary>
public static class ProposalRequests
{
    private static int _vin;

    public static DateOnly Start => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);

    public static string NextVin() => $"LSVTEST0{Interlocked.Increment(ref _vin) + Random.Shared.Next(0, 1_000_000) * 100:D9}"[..17];

    public static Dictionary<string, object?> Plain(
        int age = 40, string model = "VW-LAVIDA", decimal commission = 15m, string usage = "Private", decimal sumInsured = 150_000m, string name = "Zhou Lan")
    {
        var birth = Start.AddYears(-age).AddDays(-10);
        return new()
        {
            ["startDate"] = Start.ToString("yyyy-MM-dd"),
            ["proposer"] = new
            {
                name, idNumber = "310101198601011234", birthDate = birth.ToString("yyyy-MM-dd"),
                licenceDate = birth.AddYears(18).ToString("yyyy-MM-dd"), phone = "138 0000 0000", email = "zhou.lan@example.com", consents = true,
            },
            ["vehicle"] = new { vin = NextVin(), plate = "沪A12345", modelCode = model, firstRegistration = Start.AddYears(-2).ToString("yyyy-MM-dd"), usage, seats = 5 },
            ["namedDrivers"] = Array.Empty<object>(),
            ["priorClaims"] = Array.Empty<object>(),
            ["yearsInsured"] = 3,
            ["covers"] = new[] { "ThirdPartyLiability", "OwnDamage" },
            ["sumInsured"] = sumInsured,
            ["excess"] = 1000m,
            ["commissionPercent"] = commission,
        };
    }

    public static object FullDisclosure() => new
    {
        priorClaims = "No", modifications = "No", commercialUse = "No", otherDrivers = "No", previousRefusals = "No", attested = true,
    };
}
