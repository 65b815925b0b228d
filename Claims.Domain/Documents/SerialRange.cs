namespace Claims.Domain.Documents;

/// <summary>
/// A block of serials of one document type held by one holder. Sub-ranges go to the next holder down and must lie in
/// the unallocated part; an agent's range issues its serials in order through <see cref="NextSerial"/>, which is the
/// concurrency token that keeps two issues from taking the same one.
/// </summary>
public sealed class SerialRange
{
    private SerialRange() { }

    public Guid Id { get; private set; }
    public DocumentType Type { get; private set; }
    public long From { get; private set; }
    public long To { get; private set; }
    public HolderKind HolderKind { get; private set; }
    public string HolderCode { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    public DateTime AllocatedAt { get; private set; }
    public string AllocatedBy { get; private set; } = "";
    public long NextSerial { get; private set; }

    public long Size => To - From + 1;

    public bool Contains(long serial) => serial >= From && serial <= To;

    public bool IsExhausted => NextSerial > To;

    public static SerialRange HeadOfficeStock(Guid id, DocumentType type, long from, long to, DateTime now, string by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(from, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        return new SerialRange
        {
            Id = id, Type = type, From = from, To = to, HolderKind = HolderKind.HeadOffice, HolderCode = "HO",
            AllocatedAt = now, AllocatedBy = by, NextSerial = from,
        };
    }

    /// <summary>Why [from, to] cannot go to a holder of that kind, or null when it can.</summary>
    public string? CheckAllocation(HolderKind holderKind, long from, long to, IEnumerable<SerialRange> children)
    {
        if (holderKind != HolderKind + 1)
        {
            return $"A {HolderKind} range is allocated to a {HolderKind + 1}, not a {holderKind}.";
        }

        if (from > to)
        {
            return $"The range {from}–{to} is empty.";
        }

        if (from < From || to > To)
        {
            return $"{from}–{to} is not within {From}–{To}.";
        }

        if (from < NextSerial)
        {
            return $"Serials below {NextSerial} have already been issued from {From}–{To}.";
        }

        var overlap = children.FirstOrDefault(c => c.ParentId == Id && from <= c.To && to >= c.From);
        return overlap is null ? null : $"{from}–{to} overlaps {overlap.From}–{overlap.To}, already allocated to {overlap.HolderCode}.";
    }

    public SerialRange AllocateTo(Guid id, HolderKind holderKind, string holderCode, long from, long to, IEnumerable<SerialRange> children, DateTime now, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holderCode);
        if (CheckAllocation(holderKind, from, to, children) is { } error)
        {
            throw new InvalidOperationException(error);
        }

        return new SerialRange
        {
            Id = id, Type = Type, From = from, To = to, HolderKind = holderKind, HolderCode = holderCode.Trim(), ParentId = Id,
            AllocatedAt = now, AllocatedBy = by, NextSerial = from,
        };
    }

    /// <summary>Takes the next unused serial (skipping those already in the register as lost or void blanks); null when exhausted.</summary>
    public long? TakeNext(ISet<long> alreadyRecorded)
    {
        while (NextSerial <= To && alreadyRecorded.Contains(NextSerial))
        {
            NextSerial++;
        }

        if (NextSerial > To)
        {
            return null;
        }

        return NextSerial++;
    }
}
