namespace Claims.Domain.Estimates;

/// <summary>Column sizes shared by the EF model and the CSV validation, so a valid file always fits.</summary>
public static class ReferenceDataLimits
{
    public const int Version = 40;
    public const int RegionCode = 10;
    public const int ModelCode = 40;
    public const int PartNumber = 40;
    public const int PartName = 200;
    public const int Position = 50;
    public const int Channel = 20;
    public const decimal MaxPrice = 10_000_000m;
    public const decimal MaxHours = 999m;
    public const decimal MaxHourlyRate = 10_000m;
}
