using System.Globalization;
using Claims.Domain.Common;
using Claims.Domain.Policies;

namespace Claims.Web.Infrastructure.Seeding.Demo;

public sealed record DemoBook(List<Policyholder> Policyholders, List<Vehicle> Vehicles, List<Policy> Policies);

/// <summary>Policyholders, their vehicles and one in-force policy each, expiring over the next 120 days.</summary>
public static class DemoPolicies
{
    public const int PolicyholderCount = 200;
    public const int RenewalWindowDays = 120;

    private static readonly (string Code, int Weight)[] Popularity =
    [
        ("WULING-HGMINIEV", 10), ("CHERY-QQICE", 4), ("BYD-QINPLUS-DMI", 14), ("GEELY-EMGRAND", 10), ("TOYOTA-COROLLA", 12),
        ("VW-LAVIDA", 12), ("HONDA-ACCORD", 8), ("TOYOTA-CAMRY", 8), ("TESLA-MODEL3", 8), ("BYD-HAN-EV", 6), ("BMW-5-525LI", 4),
        ("MB-E-E260L", 4), ("AUDI-A6L", 4), ("NIO-ET7", 2), ("LIAUTO-L9", 4), ("PORSCHE-CAYENNE", 1), ("MB-S-S450L", 1),
    ];

    private static readonly string[] NcdSteps = ["New", "ClaimFree1", "ClaimFree2", "ClaimFree3", "ClaimFree4+", "Claims1", "Claims2", "Claims3+"];

    /// <summary>The agent record the demo "agent" user signs in as.</summary>
    public const string DemoAgentCode = "AG-SH-001";
    public const string DemoAgentUserName = "agent";

    public static List<Agent> Agents()
    {
        var random = new Random(1001);
        var agents = DemoPeople.Agents.Select(a => Agent.Create(random.NextGuid(), a.Code, a.Name, a.RegionCode, a.Branch)).ToList();
        agents.Single(a => a.Code == DemoAgentCode).LinkUser(DemoAgentUserName);
        return agents;
    }

    public static DemoBook Generate(DateOnly today, IReadOnlyList<Agent> agents, TariffTable tariff)
    {
        var random = new Random(20260101);
        var models = DemoVehicleModels.All.ToDictionary(m => m.Code);
        var popularity = Popularity.Select(p => (models[p.Code], p.Weight)).ToList();
        var book = new DemoBook([], [], []);
        for (var i = 0; i < PolicyholderCount; i++)
        {
            var agent = random.Pick(agents);
            var holder = NewPolicyholder(random, today, i);
            book.Policyholders.Add(holder);
            var cars = random.Chance(0.1) ? 2 : 1;
            for (var c = 0; c < cars; c++)
            {
                var model = random.PickWeighted(popularity);
                var expiry = today.AddDays(random.Next(1, RenewalWindowDays + 1));
                var start = expiry.AddYears(-1).AddDays(1);
                var vehicle = NewVehicle(random, model, agent.RegionCode, start, book.Vehicles.Count);
                book.Vehicles.Add(vehicle);
                var covers = PickCovers(random);
                var premium = IndicativePremium(tariff, covers, PriceBands.For(model.Price), vehicle, holder, agent.RegionCode, start, random.Pick(NcdSteps));
                var number = string.Create(CultureInfo.InvariantCulture, $"P{agent.RegionCode}{start.Year}{book.Policies.Count + 1:D6}");
                book.Policies.Add(Policy.Issue(random.NextGuid(), number, holder.Id, vehicle.Id, agent.Id, agent.RegionCode, start, expiry, premium, covers));
            }
        }

        return book;
    }

    private static Policyholder NewPolicyholder(Random random, DateOnly today, int index)
    {
        var surname = random.Pick(DemoPeople.Surnames);
        var given = random.Pick(DemoPeople.GivenNames);
        var birth = today.AddDays(-random.Next(20 * 365, 70 * 365));
        var licence = birth.AddYears(18 + random.Next(0, 16)).AddDays(random.Next(0, 365));
        if (licence > today.AddDays(-30))
        {
            licence = today.AddDays(-30);
        }

        var phone = string.Create(CultureInfo.InvariantCulture, $"1{random.Pick("3589".ToCharArray())}{random.Next(0, 10)} {random.Next(1000, 10000)} {random.Next(1000, 10000)}");
        var email = random.Chance(0.7) ? $"{surname}.{given}.{index + 1}@example.com".ToLowerInvariant() : null;
        var holder = Policyholder.Create(random.NextGuid(), $"{surname} {given}", birth, licence, phone, email);
        if (index % 3 == 0)
        {
            holder.PreferLanguage("zh-CN"); // a third of the demo book reads its notices in Chinese
        }

        return holder;
    }

    private static Vehicle NewVehicle(Random random, DemoVehicleModel model, string regionCode, DateOnly policyStart, int serial)
    {
        var region = DemoPeople.Regions.Single(r => r.Code == regionCode);
        var firstRegistration = policyStart.AddDays(-random.Next(0, 7 * 365));
        var usage = random.NextDouble() switch
        {
            < 0.10 when model.Price < 300_000m => VehicleUsage.RideHailing,
            < 0.15 => VehicleUsage.Commercial,
            _ => VehicleUsage.Private,
        };
        return Vehicle.Create(
            random.NextGuid(), NewVin(random, model, firstRegistration.Year, serial), NewPlate(random, region, model.NewEnergy),
            model.Code, firstRegistration, usage, model.Seats);
    }

    /// <summary>WMI + descriptor + check digit + model year + plant + serial, per GB 16735.</summary>
    private static string NewVin(Random random, DemoVehicleModel model, int year, int serial)
    {
        const string Chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
        var descriptor = string.Concat(Enumerable.Range(0, 5).Select(_ => Chars[random.Next(Chars.Length)]));
        var draft = string.Create(CultureInfo.InvariantCulture, $"{model.Wmi}{descriptor}0{YearCodes[(year - 2010) % 30]}{Chars[random.Next(23)]}{100000 + serial:D6}");
        return string.Concat(draft.AsSpan(0, 8), Vins.CheckDigit(draft).ToString(), draft.AsSpan(9));
    }

    /// <summary>Province character, city letter, then five characters; new-energy plates carry a D or F.</summary>
    private static string NewPlate(Random random, DemoRegion region, bool newEnergy)
    {
        const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var city = region.PlateCities[random.Next(region.PlateCities.Length)];
        var tail = newEnergy
            ? $"{(random.Chance(0.8) ? 'D' : 'F')}{random.Next(10000, 100000)}"
            : $"{Letters[random.Next(Letters.Length)]}{random.Next(1000, 10000)}{random.Next(10)}";
        return $"{region.PlateProvince}{city}{tail}";
    }

    private static Cover PickCovers(Random random)
    {
        var covers = Cover.ThirdPartyLiability;
        if (random.Chance(0.9))
        {
            covers |= Cover.OwnDamage;
            covers |= random.Chance(0.4) ? Cover.Theft : Cover.None;
        }

        covers |= random.Chance(0.35) ? Cover.Glass : Cover.None;
        covers |= random.Chance(0.6) ? Cover.DriverPassenger : Cover.None;
        covers |= random.Chance(0.5) ? Cover.RoadsideRescue : Cover.None;
        return covers;
    }

    /// <summary>Base rates × usage, region, driver age, vehicle age and NCD: plausible figures, not the rating engine.</summary>
    private static decimal IndicativePremium(
        TariffTable tariff, Cover covers, PriceBand band, Vehicle vehicle, Policyholder holder, string region, DateOnly start, string ncd)
    {
        var basePremium = Enum.GetValues<Cover>().Where(c => c != Cover.None && (covers & c) == c).Sum(c => tariff.BaseRate(c, band) ?? 0m);
        var age = holder.AgeOn(start);
        var driverAge = age switch { < 25 => "18-24", < 30 => "25-29", < 60 => "30-59", _ => "60+" };
        var vehicleYears = start.Year - vehicle.FirstRegistration.Year;
        var vehicleAge = vehicleYears switch { <= 1 => "0-1", <= 3 => "2-3", <= 6 => "4-6", _ => "7+" };
        var factor = (tariff.Factor(TariffFactorKinds.Usage, vehicle.Usage.ToString()) ?? 1m)
            * (tariff.Factor(TariffFactorKinds.Region, region) ?? 1m)
            * (tariff.Factor(TariffFactorKinds.DriverAge, driverAge) ?? 1m)
            * (tariff.Factor(TariffFactorKinds.VehicleAge, vehicleAge) ?? 1m)
            * (tariff.Factor(TariffFactorKinds.NoClaimsDiscount, ncd) ?? 1m);
        return Money.Of(basePremium * factor).Amount;
    }
}
