namespace Claims.Domain.Documents;

/// <summary>What happened to one serial: issued (with what it was issued for), voided with a reason, lost or destroyed.</summary>
public sealed class RegisterEntry
{
    private RegisterEntry() { }

    public Guid Id { get; private set; }
    public DocumentType Type { get; private set; }
    public long Serial { get; private set; }
    public Guid RangeId { get; private set; }
    public string HolderCode { get; private set; } = "";
    public SerialStatus Status { get; private set; }
    public string? Reference { get; private set; }
    public string? Reason { get; private set; }
    public DateTime At { get; private set; }
    public string By { get; private set; } = "";

    public static RegisterEntry Issue(Guid id, SerialRange range, long serial, string reference, DateTime at, string by) =>
        Record(id, range, serial, SerialStatus.Issued, reference, null, at, by);

    /// <summary>A blank form spoiled, lost or destroyed before use; void, lost and destroyed need a reason.</summary>
    public static RegisterEntry Blank(Guid id, SerialRange range, long serial, SerialStatus status, string reason, DateTime at, string by)
    {
        if (status == SerialStatus.Issued)
        {
            throw new ArgumentException("Use Issue for an issued serial.", nameof(status));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Record(id, range, serial, status, null, reason.Trim(), at, by);
    }

    /// <summary>An issued form is voided (never re-used); the reason is kept with the entry.</summary>
    public void Void(string reason, DateTime at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status != SerialStatus.Issued)
        {
            throw new InvalidOperationException($"Serial {Serial} is {Status}; only an issued serial can be voided.");
        }

        Status = SerialStatus.Void;
        Reason = reason.Trim();
        At = at;
        By = by;
    }

    private static RegisterEntry Record(Guid id, SerialRange range, long serial, SerialStatus status, string? reference, string? reason, DateTime at, string by)
    {
        if (!range.Contains(serial))
        {
            throw new ArgumentOutOfRangeException(nameof(serial), $"{serial} is not in {range.From}–{range.To}.");
        }

        return new RegisterEntry
        {
            Id = id, Type = range.Type, Serial = serial, RangeId = range.Id, HolderCode = range.HolderCode, Status = status,
            Reference = reference, Reason = reason, At = at, By = by,
        };
    }
}
