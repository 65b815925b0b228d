using Claims.Domain.Common.Csv;

namespace Claims.Domain.Estimates.Import;

/// <summary>The hourly labour rate file: one line per region and shop class.</summary>
public static class HourlyRatesCsv
{
    public static readonly CsvLayout Layout = new(["version", "region", "shop_class", "rate", "effective_from"], []);

    public static CsvParseResult<HourlyRate> Parse(string text) => CsvTable.Parse(text, Layout, Map, Key);

    private static HourlyRate? Map(CsvLine line)
    {
        var version = line.Text("version", ReferenceDataLimits.Version);
        var region = line.Code("region", ReferenceDataLimits.RegionCode);
        var shopClass = line.Enum<ShopClass>("shop_class");
        var rate = line.Amount("rate", ReferenceDataLimits.MaxHourlyRate, allowZero: false);
        var from = line.Date("effective_from");
        return line.Errors.Count > 0 ? null : HourlyRate.Create(version, region, shopClass, rate, from);
    }

    private static string Key(HourlyRate r) => $"{r.Version} {r.RegionCode} {r.ShopClass}";
}
