using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Estimates.Import;

namespace Claims.Tests.Domain;

public class ReferenceDataCsvTests
{
    private const string PartsHeader = "catalogue_version,model_code,region,part_number,part_name,position,channel,price,effective_from,effective_to";

    [Fact]
    public void PartsCatalogueCsv_GoodFile_ParsesEveryRow()
    {
        var result = PartsCatalogueCsv.Parse(
            $""""
            {PartsHeader}
            2026.1,vw-lavida,sh,5G0 807 221 A,Front bumper cover,bumper_front,FourS,1380.00,2026-01-01,
            2026.1,VW-LAVIDA,SH,5G0 807 221 A,Front bumper cover,BUMPER_FRONT,oem,1050,2026-01-01,2026-06-30
            2026.1,VW-LAVIDA,SH,18G 941 005 B,"Headlamp assembly, left ""LED""",HEADLAMP_L,Used,480.5,2026-01-01,
            """");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.Line));
        var first = result.Rows[0].Value;
        Assert.Equal(("VW-LAVIDA", "SH", "BUMPER_FRONT", "5G0807221A"), (first.ModelCode, first.RegionCode, first.Position, first.PartNumberKey));
        Assert.Equal(new DateOnly(2026, 6, 30), result.Rows[1].Value.EffectiveTo);
        Assert.Equal("Headlamp assembly, left \"LED\"", result.Rows[2].Value.PartName);
        Assert.Equal(480.50m, result.Rows[2].Value.Price);
    }

    [Fact]
    public void PartsCatalogueCsv_BadFile_ReportsEveryBadLineWithItsNumber()
    {
        var result = PartsCatalogueCsv.Parse(
            $""""
            {PartsHeader}
            2026.1,VW-LAVIDA,SH,5G0 807 221 A,Front bumper cover,BUMPER_FRONT,FourS,1380.00,2026-01-01,
            2026.1,VW-LAVIDA,SH,5G0 807 221 B,Rear bumper cover,BUMPER_REAR,Gold,1380.00,2026-01-01,
            2026.1,VW-LAVIDA,SH,5G0 807 221 C,Bonnet,BONNET,FourS,12.345,2026-02-30,
            2026.1,VW-LAVIDA,SH,too,few,fields
            2026.1,VW-LAVIDA,SH,5G0-807-221-A,Front bumper cover,BUMPER_FRONT,FourS,1400,2026-01-01,
            2026.1,VW-LAVIDA,SH,5G0 807 221 D,Grille,GRILLE,Oem,-5,2026-01-01,2025-12-31
            ,VW LAVIDA,SH,X,"unclosed,GRILLE,Oem,1,2026-01-01,
            """");

        Assert.False(result.IsValid);
        Assert.Equal([3, 4, 5, 6, 7, 8], result.Errors.Select(e => e.Line).Distinct());
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Message.Contains("'channel' 'Gold'"));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("more than two decimals"));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("'effective_from' '2026-02-30'"));
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Message.Contains("Expected 10 fields, found 6"));
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Message.Contains("Duplicates line 2"));
        Assert.Contains(result.Errors, e => e.Line == 7 && e.Message.Contains("'price' '-5'"));
        Assert.Contains(result.Errors, e => e.Line == 7 && e.Message.Contains("before 'effective_from'"));
        Assert.Contains(result.Errors, e => e.Line == 8 && e.Message.Contains("not closed"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("catalogue_version,model_code\n", "Missing column 'region'")]
    [InlineData(PartsHeader + ",colour\n", "Unknown column 'colour'")]
    [InlineData(PartsHeader + "\n", "no data lines")]
    public void PartsCatalogueCsv_BadHeader_IsReportedOnLineOne(string text, string message)
    {
        var result = PartsCatalogueCsv.Parse(text);

        Assert.Contains(result.Errors, e => e.Line == 1 && e.Message.Contains(message));
    }

    [Fact]
    public void PartsCatalogueCsv_ColumnsInAnyOrderWithoutOptional_Parse()
    {
        var result = PartsCatalogueCsv.Parse(
            "PRICE,channel,part_name,part_number,position,region,model_code,catalogue_version,effective_from\n" +
            "99.9,Aftermarket,Wiper arm,WA-1,WIPER_ARM_L,GD,BYD-QINPLUS-DMI,v2,2026-03-01\n");

        var row = Assert.Single(result.Rows).Value;
        Assert.Equal((PriceChannel.Aftermarket, 99.9m, (DateOnly?)null), (row.Channel, row.Price, row.EffectiveTo));
    }

    [Fact]
    public void LabourStandardsCsv_BandsByNumberOrName_Parse()
    {
        var result = LabourStandardsCsv.Parse(
            """
            version,region,price_band,position,work_type,hours,effective_from
            2026.1,SH,3,BUMPER_FRONT,Replace,1.5,2026-01-01
            2026.1,SH,Over600k,BUMPER_FRONT,refinish,0,2026-01-01
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal([PriceBand.From150kTo300k, PriceBand.Over600k], result.Rows.Select(r => r.Value.Band));
        Assert.Equal(WorkType.Refinish, result.Rows[1].Value.WorkType);
    }

    [Fact]
    public void LabourStandardsCsv_BadLines_AreAllReported()
    {
        var result = LabourStandardsCsv.Parse(
            """
            version,region,price_band,position,work_type,hours,effective_from
            2026.1,SH,7,BUMPER_FRONT,Replace,1.5,2026-01-01
            2026.1,SH,3,BUMPER FRONT,Polish,1.5,2026-01-01
            2026.1,SH,3,BUMPER_FRONT,Replace,1000,01/01/2026
            2026.1,SH,3,BUMPER_FRONT,Replace,1.6,2026-01-01
            2026.1,sh,From150kTo300k,bumper_front,REPLACE,1.7,2026-01-01
            """);

        Assert.Equal([2, 3, 4, 6], result.Errors.Select(e => e.Line).Distinct());
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Message.Contains("Duplicates line 5"));
    }

    [Fact]
    public void HourlyRatesCsv_ZeroRate_IsRejected()
    {
        var result = HourlyRatesCsv.Parse(
            """
            version,region,shop_class,rate,effective_from
            2026.1,SH,FourS,150,2026-01-01
            2026.1,SH,Class1,0,2026-01-01
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
    }
}
