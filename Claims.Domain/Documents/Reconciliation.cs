namespace Claims.Domain.Documents;

public sealed record SerialGap(long From, long To)
{
    public long Count => To - From + 1;
}

/// <summary>One holder's account of one document type: every serial allocated is passed on, used, void, lost, destroyed or on hand.</summary>
public sealed record Reconciliation(
    string HolderCode, DocumentType Type, long Allocated, long PassedOn, long Used, long Void, long Lost, long Destroyed, long OnHand,
    IReadOnlyList<SerialGap> Gaps)
{
    /// <summary>
    /// Ranges are the holder's; children are ranges allocated from them; entries are the register rows of the holder's ranges.
    /// A gap is a serial below a range's next serial that neither the register nor a sub-allocation explains.
    /// </summary>
    public static Reconciliation For(
        string holderCode, DocumentType type, IReadOnlyCollection<SerialRange> ranges, IReadOnlyCollection<SerialRange> children,
        IReadOnlyCollection<RegisterEntry> entries)
    {
        var count = (SerialStatus s) => entries.LongCount(e => e.Status == s);
        var allocated = ranges.Sum(r => r.Size);
        var passedOn = children.Sum(c => c.Size);
        var (used, voided, lost, destroyed) = (count(SerialStatus.Issued), count(SerialStatus.Void), count(SerialStatus.Lost), count(SerialStatus.Destroyed));
        var recorded = entries.Select(e => e.Serial).ToHashSet();
        var gaps = new List<SerialGap>();
        foreach (var range in ranges.OrderBy(r => r.From))
        {
            long? gapStart = null;
            for (var serial = range.From; serial < Math.Min(range.NextSerial, range.To + 1); serial++)
            {
                var explained = recorded.Contains(serial) || children.Any(c => c.Contains(serial));
                if (!explained && gapStart is null)
                {
                    gapStart = serial;
                }
                else if (explained && gapStart is { } start)
                {
                    gaps.Add(new SerialGap(start, serial - 1));
                    gapStart = null;
                }
            }

            if (gapStart is { } open)
            {
                gaps.Add(new SerialGap(open, Math.Min(range.NextSerial, range.To + 1) - 1));
            }
        }

        var onHand = allocated - passedOn - used - voided - lost - destroyed;
        return new Reconciliation(holderCode, type, allocated, passedOn, used, voided, lost, destroyed, onHand, gaps);
    }
}
