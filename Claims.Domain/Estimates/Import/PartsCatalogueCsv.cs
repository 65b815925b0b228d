using Claims.Domain.Common.Csv;

namespace Claims.Domain.Estimates.Import;

/// <summary>The parts price catalogue file (docs/reference-data-csv.md): one line per part, region and price channel.</summary>
public static class PartsCatalogueCsv
{
    public static readonly CsvLayout Layout = new(
        ["catalogue_version", "model_code", "region", "part_number", "part_name", "position", "channel", "price", "effective_from"],
        ["effective_to"]);

    public static CsvParseResult<PartPrice> Parse(string text) => CsvTable.Parse(text, Layout, Map, Key);

    private static PartPrice? Map(CsvLine line)
    {
        var version = line.Text("catalogue_version", ReferenceDataLimits.Version);
        var model = line.Code("model_code", ReferenceDataLimits.ModelCode);
        var region = line.Code("region", ReferenceDataLimits.RegionCode);
        var partNumber = line.Text("part_number", ReferenceDataLimits.PartNumber);
        if (partNumber.Length > 0 && SearchKeys.PartNumber(partNumber).Length == 0)
        {
            line.Errors.Add($"'part_number' '{partNumber}' has no letters or digits.");
        }

        var name = line.Text("part_name", ReferenceDataLimits.PartName);
        var position = line.Code("position", ReferenceDataLimits.Position);
        var channel = line.Enum<PriceChannel>("channel");
        var price = line.Amount("price", ReferenceDataLimits.MaxPrice);
        var from = line.Date("effective_from");
        var to = line.OptionalDate("effective_to");
        if (to < from)
        {
            line.Errors.Add($"'effective_to' {to:yyyy-MM-dd} is before 'effective_from' {from:yyyy-MM-dd}.");
        }

        return line.Errors.Count > 0
            ? null
            : PartPrice.Create(version, model, region, partNumber, name, position, channel, price, from, to);
    }

    private static string Key(PartPrice p) =>
        $"{p.CatalogueVersion} {p.ModelCode} {p.RegionCode} {p.PartNumberKey} {p.Channel}";
}
