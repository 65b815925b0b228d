using System.Globalization;
using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Customers;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Claims.Domain.Reinspection;
using Claims.Domain.Surveys;

namespace Claims.Benchmarks.Kpis;

/// <summary>What the generator wrote, for the report.</summary>
internal sealed record DashboardBookSize(int Regions, int Agents, int Holders, int Policies, int Renewals, int LinkedRenewals, int Claims, int Paid, int Audits, int Surveys);

/// <summary>
/// A two-year motor book for the dashboard benchmark: 500 agents over 10 regions; one chain (holder and vehicle) per
/// first-year policy starting 730–366 days ago, 70% renewed the day after expiry (85% of them through the renewal flow,
/// linked, 15% as a fresh policy), plus new business started in the last year; claims on 15% of the policies, 85% of
/// them paid 1–120 days after notice (6% of those with a disclosure contradiction); 5% of the closed claims re-inspected; a survey for every 7th paid claim; a tier per holder.
/// </summary>
internal static class DashboardBook
{
    private static readonly string[] RegionCodes = ["SH", "BJ", "GD", "ZJ", "JS", "SC", "HB", "HN", "SD", "FJ"];
    private static readonly string[] TierNames = ["VIP", "A", "B", "C"];
    private static readonly Proposer Proposer = new("Holder", "310101199001011234", new DateOnly(1990, 1, 1), new DateOnly(2012, 5, 1), "13800000000", null, true);
    private static readonly ProposedVehicle Car = new("LSVAU2180N2183456", "A12345", "VW-LAVIDA", new DateOnly(2020, 1, 1), 120_000m, VehicleUsage.Private, 5);

    public static async Task<DashboardBookSize> GenerateAsync(TempBook book, int policies, int claims, DateOnly today)
    {
        var random = new Random(42);
        var agents = Enumerable.Range(0, 500).Select(i => Agent.Create(Guid.CreateVersion7(), $"AG-{i:D4}", $"Agent {i}", RegionCodes[i % RegionCodes.Length], "Branch")).ToList();
        await using (var db = book.Open())
        {
            db.Regions.AddRange(RegionCodes.Select(c => Region.Create(c, c)));
            db.VehicleModels.Add(VehicleModel.Create("VW-LAVIDA", "Volkswagen", "Lavida", null, 120_000m));
            await db.SaveChangesAsync();
        }

        await book.InsertAsync(agents);

        // chains × 1.7 (70% renewed) + new business = policies, with new business a third of the chains.
        var chains = (int)(policies / (1.7 + 1 / 3.0));
        var newBusiness = policies - chains - (int)(chains * 0.7);
        var holders = chains + newBusiness;
        var claimRate = (double)claims / policies;
        var claimed = new List<(Policy Policy, Vehicle Vehicle)>(claims + 1000);
        var (written, renewals, linked) = (0, 0, 0);
        void Claimed(Policy p, Vehicle v)
        {
            if (p.StartDate < today && random.NextDouble() < claimRate)
            {
                claimed.Add((p, v));
            }
        }

        const int chunk = 50_000;
        for (var from = 0; from < holders; from += chunk)
        {
            var (holderRows, vehicleRows, policyRows, tierRows) = (new List<Policyholder>(), new List<Vehicle>(), new List<Policy>(), new List<CustomerTier>());
            for (var h = from; h < Math.Min(holders, from + chunk); h++)
            {
                var born = new DateOnly(1965 + h % 35, 1 + h % 12, 1);
                var holder = Policyholder.Create(Guid.CreateVersion7(), $"Holder {h}", born, born.AddYears(18 + h % 10), "138 0000 0000", null);
                var vehicle = Vehicle.Create(Guid.CreateVersion7(), string.Create(CultureInfo.InvariantCulture, $"LSVBR000{h:D9}"), $"A{h:D7}", "VW-LAVIDA", new DateOnly(2020, 1, 1), VehicleUsage.Private, 5);
                var agent = agents[h % agents.Count];
                var tier = CustomerTier.For(holder.Id);
                tier.Apply(TierNames[random.Next(100) switch { < 3 => 0, < 15 => 1, < 50 => 2, _ => 3 }], new CustomerFacts(0, 0, 0), today.ToDateTime(TimeOnly.MinValue));
                holderRows.Add(holder);
                vehicleRows.Add(vehicle);
                tierRows.Add(tier);
                var first = h < chains
                    ? today.AddDays(-730 + (int)((long)h * 365 / chains))
                    : today.AddDays(-365 + (int)((long)(h - chains) * 365 / newBusiness));
                var policy = Issue(written++, holder, vehicle, agent, first, random);
                policyRows.Add(policy);
                Claimed(policy, vehicle);
                if (h < chains && random.NextDouble() < 0.7)
                {
                    renewals++;
                    Policy renewal;
                    if (random.NextDouble() < 0.85)
                    {
                        // The renewal proposal is not stored: only its id reaches the policy.
                        var proposal = Proposal.Renewal(Guid.CreateVersion7(), policy.ExpiryDate.AddDays(-30).ToDateTime(TimeOnly.MinValue), policy, null, agent.Code, Proposer, Car, [], policy.Premium, "bench");
                        renewal = policy.RenewOn(proposal, Guid.CreateVersion7(), 10_000_000 + written++);
                        linked++;
                    }
                    else
                    {
                        renewal = Issue(written++, holder, vehicle, agent, policy.ExpiryDate.AddDays(1), random);
                    }

                    policyRows.Add(renewal);
                    Claimed(renewal, vehicle);
                }
                else if (random.NextDouble() < 0.01)
                {
                    policy.Cancel();
                }
            }

            await book.InsertAsync(holderRows);
            await book.InsertAsync(vehicleRows);
            await book.InsertAsync(policyRows);
            await book.InsertAsync(tierRows);
        }

        var (paid, audits, surveys) = await ClaimsAsync(book, claimed, today, random);
        return new DashboardBookSize(RegionCodes.Length, agents.Count, holders, written, renewals, linked, claimed.Count, paid, audits, surveys);
    }

    private static Policy Issue(int n, Policyholder holder, Vehicle vehicle, Agent agent, DateOnly start, Random random) =>
        Policy.Issue(Guid.CreateVersion7(), string.Create(CultureInfo.InvariantCulture, $"PD{n:D8}"), holder.Id, vehicle.Id, agent.Id, agent.RegionCode,
            start, start.AddYears(1).AddDays(-1), 1_500m + random.Next(0, 750_000) / 100m, Cover.ThirdPartyLiability | Cover.OwnDamage);

    private static async Task<(int Paid, int Audits, int Surveys)> ClaimsAsync(TempBook book, List<(Policy Policy, Vehicle Vehicle)> claimed, DateOnly today, Random random)
    {
        var now = today.ToDateTime(new TimeOnly(23, 0));
        var (paid, audits, surveys) = (0, 0, 0);
        const int chunk = 10_000;
        for (var from = 0; from < claimed.Count; from += chunk)
        {
            var (claimRows, auditRows, surveyRows) = (new List<Claim>(), new List<ReinspectionAudit>(), new List<Survey>());
            for (var i = from; i < Math.Min(claimed.Count, from + chunk); i++)
            {
                var (policy, vehicle) = claimed[i];
                var lastDay = policy.ExpiryDate < today ? policy.ExpiryDate : today.AddDays(-1);
                var lossAt = policy.StartDate.AddDays(random.Next(lastDay.DayNumber - policy.StartDate.DayNumber + 1)).ToDateTime(new TimeOnly(random.Next(6, 22), random.Next(60)));
                var reportedAt = lossAt.AddHours(random.Next(1, 48));
                reportedAt = reportedAt > now ? now : reportedAt;
                var notice = new NoticeOfLoss(lossAt, "Ring road", policy.RegionCode, LossCause.Collision, "Rear-ended at a junction", LiabilityShare.Full, false, true, 0, null, NoticeChannel.Phone, "bench");
                var claim = Claim.Notify(Guid.CreateVersion7(), string.Create(CultureInfo.InvariantCulture, $"CD{i:D8}"), policy, vehicle, notice, 500m, reportedAt);
                claimRows.Add(claim);
                var adjuster = $"adjuster.{i % 200:D3}";
                var cycle = random.Next(100) switch { < 30 => random.Next(1, 8), < 60 => random.Next(8, 15), < 85 => random.Next(15, 31), < 95 => random.Next(31, 61), _ => random.Next(61, 121) };
                var paidAt = reportedAt.AddDays(cycle).AddHours(random.Next(-6, 6));
                claim.AssignSurveyor(adjuster, 1);
                if (random.NextDouble() < 0.06)
                {
                    claim.RecordFindings(new SurveyFindings(true, false, false, false, false), new DisclosureCheckResult(true, [new Contradiction("modifications", "No", "the vehicle is modified")]));
                }

                // Every claim carries its own estimate (EF cannot share one owned totals instance between rows).
                var shop = i % 300;
                var part = EstimateLine.Part("BP-001", "Front bumper", "BUMPER_FRONT", PriceChannel.FourS, 1, 800m + random.Next(0, 1_920_000) / 100m, null);
                claim.RecordEstimate([part], (ShopClass)(shop % 4), false, 0m, EstimateRules.Default, reportedAt.AddHours(2), $"Shop {shop:D3}");
                if (random.NextDouble() >= 0.85 || paidAt > now)
                {
                    continue;
                }

                claim.SubmitForPriceCheck(false);
                claim.RecordAuthority(Claims.Domain.Claims.AuthorityDecision.Within(1_000_000m));
                claim.RecordPayment($"PAY{i:D8}", paidAt);
                paid++;
                var closedAt = paidAt.AddHours(1);
                claim.Close(closedAt);
                if (i % 20 == 0 && closedAt.AddDays(10) < now)
                {
                    auditRows.Add(Audit(claim, adjuster, closedAt, random));
                    audits++;
                }

                if (i % 7 == 0)
                {
                    var survey = Survey.Create(Guid.CreateVersion7(), SurveyContext.Claim, claim.Id, claim.Number, SurveySubject.Adjuster, adjuster, claim.RegionCode, policy.PolicyholderId, closedAt, TimeSpan.FromDays(30));
                    int A() => random.Next(100) switch { < 10 => 2, < 30 => 3, < 70 => 4, _ => 5 };
                    survey.Answer(new SurveyAnswers(A(), A(), A(), A(), A()), closedAt.AddHours(20) > now ? now : closedAt.AddHours(20));
                    surveyRows.Add(survey);
                    surveys++;
                }
            }

            await book.InsertAsync(claimRows);
            await book.InsertAsync(auditRows);
            await book.InsertAsync(surveyRows);
        }

        return (paid, audits, surveys);
    }

    private static ReinspectionAudit Audit(Claim claim, string adjuster, DateTime closedAt, Random random)
    {
        var audit = ReinspectionAudit.Sample(Guid.CreateVersion7(), claim.Id, claim.Number, claim.RegionCode, adjuster, claim.RepairShop!, claim.ShopClass, claim.PaidAmount!.Value,
            claim.Lines, 0m, new SamplingDecision(true, [SamplingReason.Random], 0.01m, 0.05m), closedAt);
        var leakage = Money.Round(claim.PaidAmount.Value * random.Next(0, 15) / 100m);
        audit.RecordLeakage(new LeakageResult([], claim.Totals, claim.Totals, claim.PaidAmount.Value, claim.PaidAmount.Value - leakage, leakage), closedAt.AddDays(3));
        audit.Close(AuditResolution.Accepted, null, "reinspector", closedAt.AddDays(5));
        return audit;
    }
}
