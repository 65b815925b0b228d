using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;

namespace Claims.Web.Infrastructure.Seeding.Demo;

/// <summary>Generates the demo reference data in code: deterministic for a given "today".</summary>
public static class DemoReferenceData
{
    private static readonly decimal[] BandHours = [0.8m, 0.9m, 1.0m, 1.2m, 1.4m];

    /// <summary>Demo tables start on 1 January of last year, so every demo policy year is covered.</summary>
    public static DateOnly EffectiveFrom(DateOnly today) => new(today.Year - 1, 1, 1);

    public static string Version(DateOnly today) => $"DEMO-{today.Year - 1}";

    public static List<Region> Regions() => DemoPeople.Regions.Select(r => Region.Create(r.Code, r.Name)).ToList();

    public static List<VehicleModel> VehicleModels() =>
        DemoVehicleModels.All.Select(m => VehicleModel.Create(m.Code, m.Make, m.Model, m.Trim, m.Price)).ToList();

    public static List<HourlyRate> HourlyRates(DateOnly today)
    {
        (ShopClass Class, decimal Rate)[] shanghai = [(ShopClass.FourS, 150m), (ShopClass.Class1, 120m), (ShopClass.Class2, 95m), (ShopClass.Class3, 75m)];
        return DemoPeople.Regions
            .SelectMany(r => shanghai.Select(s => HourlyRate.Create(
                Version(today), r.Code, s.Class, DemoRandom.WholeYuan(s.Rate * r.LabourIndex), EffectiveFrom(today))))
            .ToList();
    }

    /// <summary>5 bands × every position × 4 work types per region; zero hours where an operation does not apply.</summary>
    public static List<LabourStandard> LabourStandards(DateOnly today)
    {
        var random = new Random(3779);
        var rows = new List<LabourStandard>();
        foreach (var region in DemoPeople.Regions)
        {
            foreach (var position in DemoPartPositions.All)
            {
                var regional = random.Between(0.95m, 1.05m);
                foreach (var band in Enum.GetValues<PriceBand>())
                {
                    var factor = BandHours[(int)band - 1] * regional;
                    foreach (var workType in Enum.GetValues<WorkType>())
                    {
                        var hours = Math.Round(BaseHours(position, workType) * factor, 1, MidpointRounding.AwayFromZero);
                        rows.Add(LabourStandard.Create(Version(today), region.Code, band, position.Code, workType, hours, EffectiveFrom(today)));
                    }
                }
            }
        }

        return rows;
    }

    private static decimal BaseHours(DemoPartPosition position, WorkType workType) => workType switch
    {
        WorkType.Replace => position.ReplaceHours,
        WorkType.RemoveRefit => Math.Max(0.2m, position.ReplaceHours * 0.6m),
        WorkType.Repair => position.Repairable ? Math.Max(0.5m, position.ReplaceHours * 0.8m) : 0m,
        WorkType.Refinish => position.PaintHours,
        _ => 0m,
    };

    /// <summary>Every position of every model in every region, priced in four channels: 4S above OEM above aftermarket above used.</summary>
    public static List<PartPrice> PartsCatalogue(DateOnly today)
    {
        var random = new Random(16735);
        var rows = new List<PartPrice>();
        foreach (var model in DemoVehicleModels.All)
        {
            for (var group = 0; group < DemoPartPositions.All.Count; group++)
            {
                var position = DemoPartPositions.All[group];
                var partNumber = DemoVehicleModels.PartNumber(model, group, random);
                var dealerBase = Math.Max(position.MinPrice, model.Price * position.PriceShare) * random.Between(0.9m, 1.1m);
                foreach (var region in DemoPeople.Regions)
                {
                    var fourS = DemoRandom.WholeYuan(dealerBase * region.PriceIndex);
                    var prices = new List<(PriceChannel, decimal)>
                    {
                        (PriceChannel.FourS, fourS),
                        (PriceChannel.Oem, DemoRandom.WholeYuan(fourS * random.Between(0.72m, 0.82m))),
                        (PriceChannel.Aftermarket, DemoRandom.WholeYuan(fourS * random.Between(0.45m, 0.58m))),
                    };
                    // Second-hand safety parts (airbags, belts) must not be fitted, so they have no used price.
                    if (position.Kind != PositionKind.Safety)
                    {
                        prices.Add((PriceChannel.Used, DemoRandom.WholeYuan(fourS * random.Between(0.22m, 0.32m))));
                    }

                    rows.AddRange(prices.Select(p => PartPrice.Create(
                        Version(today), model.Code, region.Code, partNumber, position.PartName, position.Code, p.Item1, p.Item2,
                        EffectiveFrom(today), null)));
                }
            }
        }

        return rows;
    }

    public static TariffTable Tariff(DateOnly today)
    {
        var tariff = TariffTable.Create(new Guid("7a1f0c2e-4d6b-4c1e-9a7e-2b0c5d8e1f30"), $"{today.Year - 1}.1", EffectiveFrom(today));
        (Cover Cover, decimal[] ByBand)[] baseRates =
        [
            (Cover.ThirdPartyLiability, [950m, 1_050m, 1_150m, 1_300m, 1_500m]),
            (Cover.OwnDamage, [1_200m, 2_400m, 4_200m, 7_500m, 14_000m]),
            (Cover.Theft, [150m, 300m, 600m, 1_100m, 2_000m]),
            (Cover.Glass, [80m, 150m, 300m, 600m, 1_200m]),
            (Cover.DriverPassenger, [90m, 100m, 120m, 150m, 200m]),
            (Cover.RoadsideRescue, [50m, 50m, 60m, 80m, 120m]),
        ];
        foreach (var (cover, byBand) in baseRates)
        {
            foreach (var band in Enum.GetValues<PriceBand>())
            {
                tariff.SetBaseRate(cover, band, byBand[(int)band - 1]);
            }
        }

        (string Kind, string Key, decimal Value)[] factors =
        [
            (TariffFactorKinds.Usage, nameof(VehicleUsage.Private), 1.00m),
            (TariffFactorKinds.Usage, nameof(VehicleUsage.Commercial), 1.35m),
            (TariffFactorKinds.Usage, nameof(VehicleUsage.RideHailing), 1.60m),
            (TariffFactorKinds.Region, "SH", 1.05m),
            (TariffFactorKinds.Region, "BJ", 1.03m),
            (TariffFactorKinds.Region, "GD", 1.00m),
            (TariffFactorKinds.DriverAge, "18-24", 1.15m),
            (TariffFactorKinds.DriverAge, "25-29", 1.05m),
            (TariffFactorKinds.DriverAge, "30-59", 1.00m),
            (TariffFactorKinds.DriverAge, "60+", 1.10m),
            (TariffFactorKinds.DriverExperience, "0-2", 1.10m),
            (TariffFactorKinds.DriverExperience, "3-5", 1.05m),
            (TariffFactorKinds.DriverExperience, "6+", 1.00m),
            (TariffFactorKinds.VehicleAge, "0-1", 1.00m),
            (TariffFactorKinds.VehicleAge, "2-3", 0.95m),
            (TariffFactorKinds.VehicleAge, "4-6", 0.90m),
            (TariffFactorKinds.VehicleAge, "7+", 0.85m),
            (TariffFactorKinds.NoClaimsDiscount, "New", 1.00m),
            (TariffFactorKinds.NoClaimsDiscount, "ClaimFree1", 0.85m),
            (TariffFactorKinds.NoClaimsDiscount, "ClaimFree2", 0.70m),
            (TariffFactorKinds.NoClaimsDiscount, "ClaimFree3", 0.60m),
            (TariffFactorKinds.NoClaimsDiscount, "ClaimFree4+", 0.50m),
            (TariffFactorKinds.NoClaimsDiscount, "Claims1", 1.00m),
            (TariffFactorKinds.NoClaimsDiscount, "Claims2", 1.25m),
            (TariffFactorKinds.NoClaimsDiscount, "Claims3+", 1.50m),
        ];
        foreach (var (kind, key, value) in factors)
        {
            tariff.SetFactor(kind, key, value);
        }

        return tariff;
    }
}
