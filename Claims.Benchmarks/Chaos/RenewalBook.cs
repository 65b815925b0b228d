using System.Globalization;
using Claims.Domain.Common;
using Claims.Domain.Policies;
using Claims.Domain.Renewals;
using Claims.Web.Features.Renewals;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Scheduling;

namespace Claims.Benchmarks.Chaos;

/// <summary>
/// A renewal book written through the app's model: 1,000 policyholders with an e-mail address, 1,000 vehicles, one agent,
/// and policies numbered <c>PS00000000</c> on, each of the default tier at exactly one reminder stage due today.
/// </summary>
public sealed class RenewalBook
{
    private static readonly int[] Leads = [60, 30, 7];

    private RenewalBook(IReadOnlyList<Guid> holders, IReadOnlyList<Guid> vehicles, Guid agent)
    {
        Holders = holders;
        Vehicles = vehicles;
        Agent = agent;
    }

    public IReadOnlyList<Guid> Holders { get; }

    public IReadOnlyList<Guid> Vehicles { get; }

    public Guid Agent { get; }

    /// <summary>The holders, vehicles and agent; with <paramref name="holdSweep"/> today's sweep is claimed by the harness (a day's lease) until it lets go.</summary>
    public static async Task<RenewalBook> SeedAsync(ChaosCluster cluster, bool holdSweep)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var holders = Enumerable.Range(0, 1000).Select(i => Policyholder.Create(Guid.CreateVersion7(), $"Holder {i}", new DateOnly(1980, 1, 1), new DateOnly(2000, 1, 1), "138 0000 0000", $"holder{i}@example.com")).ToList();
        var vehicles = Enumerable.Range(0, 1000).Select(i => Vehicle.Create(Guid.CreateVersion7(), $"LSVBR0000P{i:D7}", $"沪A{i:D5}", "VW-LAVIDA", new DateOnly(2022, 1, 1), VehicleUsage.Private, 5)).ToList();
        var agent = Claims.Domain.Policies.Agent.Create(Guid.CreateVersion7(), "AG-CHAOS", "Chaos Agent", "SH", "Shanghai");
        await cluster.WithDbAsync(async db =>
        {
            db.Regions.Add(Region.Create("SH", "Shanghai"));
            db.Agents.Add(agent);
            db.VehicleModels.Add(VehicleModel.Create("VW-LAVIDA", "Volkswagen", "Lavida", null, 120_000m));
            if (holdSweep)
            {
                db.Set<JobRun>().Add(JobRun.Start(RenewalSweep.JobName, today, "chaos-harness", DateTime.UtcNow, TimeSpan.FromDays(1)));
            }

            await db.SaveChangesAsync();
            await db.InsertManyAsync(holders, default);
            await db.InsertManyAsync(vehicles, default);
            return 0;
        });
        return new RenewalBook(holders.Select(h => h.Id).ToList(), vehicles.Select(v => v.Id).ToList(), agent.Id);
    }

    /// <summary>
    /// Policies <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1, expiring in 60, 30 or 7
    /// days in turn (<see cref="StageDueToday"/>); <paramref name="ids"/>, when given, their ids in order.
    /// </summary>
    public async Task AddPoliciesAsync(ChaosCluster cluster, int from, int count, IReadOnlyList<Guid>? ids = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var chunk in Enumerable.Range(from, count).Chunk(10_000))
        {
            var policies = chunk.Select(i =>
            {
                var expiry = today.AddDays(Leads[i % 3]);
                return Policy.Issue(ids?[i - from] ?? Guid.CreateVersion7(), PolicyNumber(i), Holders[i % 1000], Vehicles[i % 1000], Agent, "SH",
                    expiry.AddYears(-1).AddDays(1), expiry, 2_000m + i % 1000, Cover.ThirdPartyLiability | Cover.OwnDamage);
            }).ToList();
            await cluster.WithDbAsync(async db =>
            {
                await db.InsertManyAsync(policies, default);
                return 0;
            });
        }
    }

    /// <summary>The reminder stage policy <paramref name="i"/> is at today.</summary>
    public static RenewalStage StageDueToday(int i) => Leads[i % 3] switch { 60 => RenewalStage.Days60, 30 => RenewalStage.Days30, _ => RenewalStage.Days7 };

    public static string PolicyNumber(int i) => string.Create(CultureInfo.InvariantCulture, $"PS{i:D8}");
}
