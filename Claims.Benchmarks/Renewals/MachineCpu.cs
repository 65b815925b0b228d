using System.Globalization;

namespace Claims.Benchmarks.Renewals;

/// <summary>
/// The whole machine's CPU from <c>/proc/stat</c> (Linux): what all cores did in a window, the broker's share included,
/// so a leg that is short of CPU shows as busy near 100 % and one that waits on round trips shows idle time.
/// </summary>
internal readonly record struct MachineCpu(long Busy, long Idle, long Steal)
{
    public readonly record struct Share(double Busy, double Idle, double Steal)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"busy {Busy:P0}, idle {Idle:P0}, steal {Steal:P0}");
    }

    public static MachineCpu Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // cpu user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return new MachineCpu(fields[0] + fields[1] + fields[2] + fields[5] + fields[6], fields[3] + fields[4], fields[7]);
    }

    public Share Since(MachineCpu start)
    {
        var (busy, idle, steal) = (Busy - start.Busy, Idle - start.Idle, Steal - start.Steal);
        double total = Math.Max(1, busy + idle + steal);
        return new Share(busy / total, idle / total, steal / total);
    }
}
