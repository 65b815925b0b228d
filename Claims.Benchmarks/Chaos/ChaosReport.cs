using System.Globalization;

namespace Claims.Benchmarks.Chaos;

/// <summary>One scenario's figures, in the order they were measured, and the database audit at its end.</summary>
public sealed class ChaosReport(string scenario, int size)
{
    private readonly List<(string Name, string Value)> _figures = [];

    public string Scenario { get; } = scenario;

    public int Size { get; } = size;

    public ChaosAudit? Audit { get; set; }

    /// <summary>The audit of a sweep scenario (r1-sweep, r6-sweep), which starts no workflow instances.</summary>
    public SweepAudit? SweepAudit { get; set; }

    /// <summary>Nothing stuck, lost, doubled, disagreeing or unsent in whichever audit ran.</summary>
    public bool Passed => (Audit is not { } a || (a.Stuck == 0 && a.Doubled == 0 && a.Disagreeing == 0 && a.UnsentOutbox == 0))
        && (SweepAudit is not { } s || (s.Missing == 0 && s.Doubled == 0 && s.UnsentOutbox == 0 && s.PartialMails == 0));

    public string LoadAverage { get; } = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public IReadOnlyList<(string Name, string Value)> Figures => _figures;

    public void Add(string name, object value) =>
        _figures.Add((name, value is double d ? d.ToString("0.0", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));

    public void Add(string name, TimeSpan value) => Add(name, $"{value.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");

    public string? Figure(string name) => _figures.LastOrDefault(f => f.Name == name).Value;

    public void Print(TextWriter writer)
    {
        writer.WriteLine($"chaos {Scenario} size {Size} (load average at start {LoadAverage}, {Environment.ProcessorCount} cores)");
        var audited = (Audit?.Lines() ?? []).Concat(SweepAudit?.Lines() ?? []);
        foreach (var (name, value) in _figures.Concat(audited.Select(l => (l.Name, Convert.ToString(l.Value, CultureInfo.InvariantCulture) ?? ""))))
        {
            writer.WriteLine($"  {name}: {value}");
        }

        if (Audit is { } audit)
        {
            writer.WriteLine($"  verdict: {(audit.Stuck == 0 && audit.Doubled == 0 && audit.Disagreeing == 0 && audit.UnsentOutbox == 0 ? "PASS" : "FAIL")} " +
                $"(lost/stuck {audit.Stuck}, doubled {audit.Doubled}, disagreeing {audit.Disagreeing}, unsent {audit.UnsentOutbox})");
        }

        if (SweepAudit is { } sweep)
        {
            writer.WriteLine($"  verdict: {(Passed ? "PASS" : "FAIL")} (missing {sweep.Missing}, doubled {sweep.Doubled}, unsent {sweep.UnsentOutbox}, partial mails {sweep.PartialMails})");
        }
    }
}
