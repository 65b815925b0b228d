namespace Claims.Domain.Financials;

/// <summary>One bank file: the payments not yet exported on its day, with their count and control total.</summary>
public sealed class PaymentExport
{
    private PaymentExport() { }

    public Guid Id { get; private set; }
    public DateOnly Day { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public int Count { get; private set; }
    public decimal ControlTotal { get; private set; }
    public string Csv { get; private set; } = "";

    public static PaymentExport Create(Guid id, DateOnly day, IReadOnlyCollection<decimal> amounts, string csv, string by, DateTime now) => new()
    {
        Id = id, Day = day, CreatedAt = now, CreatedBy = by, Count = amounts.Count, ControlTotal = amounts.Sum(), Csv = csv,
    };
}

/// <summary>Marks one payment exported, once: the payment id is the key, so a second export of it cannot be stored.</summary>
public sealed class PaymentExportLine
{
    private PaymentExportLine() { }

    public Guid PaymentId { get; private set; }
    public Guid ExportId { get; private set; }

    public static PaymentExportLine Of(Guid paymentId, Guid exportId) => new() { PaymentId = paymentId, ExportId = exportId };
}
