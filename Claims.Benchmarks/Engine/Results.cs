namespace Claims.Benchmarks.Engine;

/// <summary>Every series of the engine benchmark, and the table they print as.</summary>
internal sealed class Results
{
    public Series EngineStart { get; } = new();
    public Series EngineResume { get; } = new();
    public Series EngineStartSingle { get; } = new();
    public Series EngineResumeSingle { get; } = new();
    public Series RawStart { get; } = new();
    public Series RawResume { get; } = new();
    public Series RawStartSingle { get; } = new();
    public Series RawResumeSingle { get; } = new();
    public Series RunnerStart { get; } = new();
    public Series RunnerResume { get; } = new();

    public void Print(int batch, RowTemplates templates)
    {
        Console.WriteLine($"A start writes {templates.StartRows} rows (instance, bookmark, task, {templates.StartJournal.Count} journal); " +
            $"a resume writes {templates.ResumeRows} (instance, bookmark and task updated, {templates.ResumeJournal.Count} journal). " +
            "Medians, range over the iterations in brackets.");
        Console.WriteLine();
        Console.WriteLine("| Operation | Engine ops/s | Raw EF ops/s | Engine / raw | Engine rows/s | Raw EF rows/s | SaveChanges share (engine / raw) | Alloc/op (engine / raw) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Row($"Start → first bookmark, SaveChanges per {batch}", EngineStart, RawStart);
        Row($"Resume → finished, SaveChanges per {batch}", EngineResume, RawResume);
        Row("Start → first bookmark, SaveChanges per start", EngineStartSingle, RawStartSingle);
        Row("Resume → finished, SaveChanges per resume", EngineResumeSingle, RawResumeSingle);
        Console.WriteLine();
        Console.WriteLine($"Runner alone (no database): {Rate(RunnerStart)} starts/s, {Rate(RunnerResume)} resumes/s; " +
            $"{RunnerStart.Median.BytesPerOperation / 1024:N1} KiB allocated per start, {RunnerResume.Median.BytesPerOperation / 1024:N1} KiB per resume.");
    }

    private static void Row(string operation, Series engine, Series raw)
    {
        var e = engine.Median;
        var r = raw.Median;
        Console.WriteLine($"| {operation} | {Rate(engine)} | {Rate(raw)} | {e.PerSecond / r.PerSecond:P0} | {e.RowsPerSecond:N0} | {r.RowsPerSecond:N0} " +
            $"| {e.SavingShare:P0} / {r.SavingShare:P0} | {e.BytesPerOperation / 1024:N0} / {r.BytesPerOperation / 1024:N0} KiB |");
    }

    private static string Rate(Series series) => $"{series.Median.PerSecond:N0} ({series.Min:N0}–{series.Max:N0})";
}
