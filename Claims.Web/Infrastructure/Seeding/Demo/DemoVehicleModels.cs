namespace Claims.Web.Infrastructure.Seeding.Demo;

/// <summary>How a make writes its part numbers, so demo numbers look like the real ones.</summary>
public enum PartNumberStyle { Chinese, Toyota, Volkswagen, Honda, Bmw, Mercedes, Tesla, Porsche }

/// <summary>A real model sold in China with an indicative new-car price (RMB) and its manufacturer's VIN prefix.</summary>
public sealed record DemoVehicleModel(
    string Code, string Make, string Model, string Trim, decimal Price, int Seats, bool NewEnergy, string Wmi,
    PartNumberStyle Style, string Prefix);

public static class DemoVehicleModels
{
    public static readonly IReadOnlyList<DemoVehicleModel> All =
    [
        new("WULING-HGMINIEV", "Wuling", "Hongguang Mini EV", "Macaron 215km", 37_600m, 4, true, "LZW", PartNumberStyle.Chinese, "24"),
        new("CHERY-QQICE", "Chery", "QQ Ice Cream", "Classic 205km", 39_900m, 4, true, "LVV", PartNumberStyle.Chinese, "S11"),
        new("BYD-QINPLUS-DMI", "BYD", "Qin Plus DM-i", "Honour 55km", 79_800m, 5, true, "LGX", PartNumberStyle.Chinese, "SC2E"),
        new("GEELY-EMGRAND", "Geely", "Emgrand", "1.5L CVT Champion", 69_900m, 5, false, "L6T", PartNumberStyle.Chinese, "GE4"),
        new("TOYOTA-COROLLA", "Toyota", "Corolla", "1.5L Pioneer", 109_800m, 5, false, "LFM", PartNumberStyle.Toyota, "02"),
        new("VW-LAVIDA", "Volkswagen", "Lavida", "1.5L Comfortline", 120_900m, 5, false, "LSV", PartNumberStyle.Volkswagen, "18G"),
        new("HONDA-ACCORD", "Honda", "Accord", "260TURBO Elite", 179_800m, 5, false, "LHG", PartNumberStyle.Honda, "TVA"),
        new("TOYOTA-CAMRY", "Toyota", "Camry", "2.0E Elite", 171_800m, 5, false, "LVG", PartNumberStyle.Toyota, "33"),
        new("TESLA-MODEL3", "Tesla", "Model 3", "RWD", 231_900m, 5, true, "LRW", PartNumberStyle.Tesla, "1"),
        new("BYD-HAN-EV", "BYD", "Han EV", "605km Honour", 169_800m, 5, true, "LGX", PartNumberStyle.Chinese, "EKEA"),
        new("BMW-5-525LI", "BMW", "5 Series", "525Li M Sport", 439_900m, 5, false, "LBV", PartNumberStyle.Bmw, "7"),
        new("MB-E-E260L", "Mercedes-Benz", "E-Class", "E 260 L", 449_900m, 5, false, "LE4", PartNumberStyle.Mercedes, "214"),
        new("AUDI-A6L", "Audi", "A6L", "45 TFSI Premium", 429_800m, 5, false, "LFV", PartNumberStyle.Volkswagen, "4K0"),
        new("NIO-ET7", "NIO", "ET7", "100kWh", 458_000m, 5, true, "LJ1", PartNumberStyle.Chinese, "P0"),
        new("LIAUTO-L9", "Li Auto", "L9", "Max", 429_800m, 6, true, "LW4", PartNumberStyle.Chinese, "X03"),
        new("PORSCHE-CAYENNE", "Porsche", "Cayenne", "3.0T", 928_000m, 5, false, "WP1", PartNumberStyle.Porsche, "9Y0"),
        new("MB-S-S450L", "Mercedes-Benz", "S-Class", "S 450 L 4MATIC", 1_098_000m, 5, false, "W1K", PartNumberStyle.Mercedes, "223"),
    ];

    /// <summary>A part number in the make's own format; <paramref name="group"/> (the position's index) keeps it unique per model.</summary>
    public static string PartNumber(DemoVehicleModel model, int group, Random random)
    {
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + random.Next(10))));
        string Letters(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => "ABCDEFGHJKLMNPRSTUVWXYZ"[random.Next(23)]));
        var g = group.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return model.Style switch
        {
            PartNumberStyle.Toyota => $"{52 + (group % 40)}{g[1..]}{Digits(1)}-{model.Prefix}{Digits(1)}{Letters(1)}{Digits(1)}",
            PartNumberStyle.Volkswagen => $"{model.Prefix} {g} {Digits(3)} {Letters(1)}",
            PartNumberStyle.Porsche => $"{model.Prefix} {g} {Digits(3)} {Letters(1)}",
            PartNumberStyle.Honda => $"{71 + (group % 20)}{g}-{model.Prefix}-{Letters(1)}{Digits(2)}",
            PartNumberStyle.Bmw => $"{51 + (group % 13)} {Digits(2)} {model.Prefix} {g} {Digits(3)}",
            PartNumberStyle.Mercedes => $"A {model.Prefix} {g} {Digits(2)} {Digits(2)}",
            PartNumberStyle.Tesla => $"{model.Prefix}{g}{Digits(3)}-00-{Letters(1)}",
            _ => $"{model.Prefix}-{2800 + group}{Digits(3)}",
        };
    }
}
