using Claims.Domain.Common.Csv;

namespace Claims.Domain.Estimates.Import;

/// <summary>The labour-hour standard file: one line per region, price band, position and work type.</summary>
public static class LabourStandardsCsv
{
    public static readonly CsvLayout Layout = new(
        ["version", "region", "price_band", "position", "work_type", "hours", "effective_from"], []);

    public static CsvParseResult<LabourStandard> Parse(string text) => CsvTable.Parse(text, Layout, Map, Key);

    private static LabourStandard? Map(CsvLine line)
    {
        var version = line.Text("version", ReferenceDataLimits.Version);
        var region = line.Code("region", ReferenceDataLimits.RegionCode);
        var band = line.Band("price_band");
        var position = line.Code("position", ReferenceDataLimits.Position);
        var workType = line.Enum<WorkType>("work_type");
        var hours = line.Amount("hours", ReferenceDataLimits.MaxHours);
        var from = line.Date("effective_from");
        return line.Errors.Count > 0 ? null : LabourStandard.Create(version, region, band, position, workType, hours, from);
    }

    private static string Key(LabourStandard s) => $"{s.Version} {s.RegionCode} {s.Band} {s.Position} {s.WorkType}";
}
