using Claims.Benchmarks.Chaos;
using Xunit.Abstractions;

namespace Claims.Tests.Chaos;

/// <summary>
/// The short variants of the reliability suite (docs/reliability.md) on real processes: two app nodes, a throwaway
/// PostgreSQL cluster, RabbitMQ behind a relay. They assert on counts, never on times, so a loaded box only makes them
/// slower. Filter them with <c>--filter Category=Chaos</c> (or out with <c>Category!=Chaos</c>).
/// </summary>
[Trait("Category", "Chaos")]
[Collection(Name)]
public sealed class ChaosTests(ITestOutputHelper output)
{
    public const string Name = "chaos";

    [Fact]
    public async Task KillDuringResumes_OneNodeKilledAtThirtyPercent_NothingLostOrDoubled()
    {
        var report = await ChaosScenarios.KillDuringResumesAsync(500, TimeSpan.FromSeconds(10), Log());

        AssertClean(report, 500);
    }

    [Fact]
    public async Task KillDuringStarts_OneNodeKilledAtThirtyPercent_EveryKeyStartsOnce()
    {
        var report = await ChaosScenarios.KillDuringStartsAsync(300, TimeSpan.FromSeconds(10), Log());

        AssertClean(report, 300);
    }

    [Fact]
    public async Task BrokerOutage_TenSecondsDuringResumes_DegradedThenRecoversWithNothingLost()
    {
        var report = await ChaosScenarios.BrokerOutageAsync(300, TimeSpan.FromSeconds(10), Log());

        AssertClean(report, 300);
        AssertDegradedThenHealthy(report);
    }

    [Fact]
    public async Task DatabaseRestart_DuringResumes_UnhealthyThenRecoversWithNothingLost()
    {
        var report = await ChaosScenarios.DatabaseRestartAsync(300, TimeSpan.FromSeconds(5), Log());

        AssertClean(report, 300);
        Assert.Contains("Unhealthy", report.Figure("health while the database was down"));
        Assert.DoesNotContain("never", report.Figure("healthy again after the database came back (no restart)"));
    }

    [Fact]
    public async Task FaultInjection_AtEveryPersistenceStep_EveryEffectExactlyOnce()
    {
        var report = await ChaosScenarios.FaultInjectionAsync(300, 0.03, Log());

        AssertClean(report, 300);
        Assert.True(int.Parse(report.Figure("faults injected")!, System.Globalization.CultureInfo.InvariantCulture) >= 50, "faults injected");
    }

    [Fact]
    public async Task TimersWhileBothNodesDown_AllDueAtRestart_EachFiresOnce()
    {
        var report = await ChaosScenarios.TimersWhileDownAsync(300, TimeSpan.FromSeconds(25), Log());

        AssertClean(report, 300);
    }

    [Fact]
    public async Task CrashInjection_ProcessKilledAtPersistenceSteps_RestartedNodesLeaveEveryEffectExactlyOnce()
    {
        // 0.1 % at each point: a few crashes, each costing a restart (idle nodes commit too, so some come before the load).
        var report = await ChaosScenarios.FaultInjectionAsync(200, 0.001, Log(), crash: true);

        AssertClean(report, 200);
        Assert.NotEqual("0", report.Figure("processes killed by an injected fault"));
    }

    [Fact]
    public async Task KillDuringSweep_SweepingNodeKilledAtThirtyPercent_EveryNoticeSentOnce()
    {
        var report = await SweepScenarios.KillDuringSweepAsync(300, TimeSpan.FromSeconds(10), Log());

        AssertSweepClean(report, 300);
        // The restarted node took its own stale claim over and finished the sweep.
        Assert.Equal("3", report.Figure("sweep runs (attempts on today's claim, the harness's included)"));
    }

    [Fact]
    public async Task BrokerOutageDuringSweep_TenSeconds_DegradedThenEveryNoticeSentOnceWithoutRestart()
    {
        var report = await SweepScenarios.BrokerOutageDuringSweepAsync(300, TimeSpan.FromSeconds(10), Log());

        AssertSweepClean(report, 300);
        AssertDegradedThenHealthy(report);
    }

    /// <summary>Degraded (HTTP 200), not Unhealthy, while the broker is cut: the API keeps taking work into the outbox, so no balancer should drop the node.</summary>
    private static void AssertDegradedThenHealthy(ChaosReport report)
    {
        Assert.Contains("node-a: Degraded", report.Figure("health while the broker was down"));
        Assert.Contains("node-b: Degraded", report.Figure("health while the broker was down"));
        Assert.DoesNotContain("never", report.Figure("healthy again after the broker came back (no restart)"));
    }

    private void AssertSweepClean(ChaosReport report, int size)
    {
        report.Print(Log());
        var a = report.SweepAudit!;
        // One reminder, message, inbox row and mail per policy; nothing missing, doubled, unsent or cut.
        Assert.Equal((size, size, size, size, size), (a.Reminders, a.NoticesSent, a.ReminderMessages, a.InboxRows, a.Mails));
        Assert.Equal((0, 0, 0, 0), (a.Missing, a.Doubled, a.UnsentOutbox, a.PartialMails));
    }

    private void AssertClean(ChaosReport report, int size)
    {
        report.Print(Log());
        var audit = report.Audit!;
        Assert.Equal(size, audit.Instances);
        Assert.Equal(size, audit.Finished);
        Assert.Equal(0, audit.Doubled);
        Assert.Equal(0, audit.Disagreeing);
        Assert.Equal(0, audit.UnsentOutbox);
        Assert.Equal(0, audit.Incidents);
        Assert.Equal("0", report.Figure("operations that never got an answer (client gave up after 3 min)"));
    }

    private OutputWriter Log() => new(output);

    /// <summary>The scenario's progress and figures into the test output.</summary>
    private sealed class OutputWriter(ITestOutputHelper output) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            try
            {
                output.WriteLine(value ?? "");
            }
            catch (InvalidOperationException)
            {
                // A line from a background step after the test ended.
            }
        }
    }
}

[CollectionDefinition(ChaosTests.Name, DisableParallelization = true)]
public sealed class ChaosCollection;
