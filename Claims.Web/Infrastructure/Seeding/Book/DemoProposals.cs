using System.Globalization;
using Claims.Domain.Policies;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Demo;
using Claims.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>The kinds of risk the demo agent proposes: clean ones issue at once, the others meet an underwriter (a driver of 23 is within level 1).</summary>
public enum DemoRisk { Clean, YoungDriver, HighCommission }

/// <summary>Proposal steps through <see cref="SubmitProposal"/> and the policy-underwriting workflow, as the demo "agent" user.</summary>
public static class DemoProposals
{
    private static readonly string[] Models = ["VW-LAVIDA", "TOYOTA-COROLLA", "BYD-QINPLUS-DMI", "GEELY-EMGRAND", "HONDA-ACCORD", "TOYOTA-CAMRY"];

    /// <summary>Submits a proposal starting a week after <paramref name="at"/>; its id and workflow instance.</summary>
    public static async Task<(Guid Id, Guid? InstanceId)> SubmitAsync(DemoBook book, DateTime at, DemoRisk risk, CancellationToken ct)
    {
        book.At(at);
        var request = Request(book.Random, book.NextSerial(), DateOnly.FromDateTime(at).AddDays(7), risk);
        var (proposal, problem) = await book.InScopeAsync(sp => SubmitProposal.SubmitAsync(request, DemoPolicies.DemoAgentUserName,
            sp.GetRequiredService<ClaimsDbContext>(), sp.GetRequiredService<ProposalRating>(), sp.GetRequiredService<WorkflowHost>(),
            sp.GetRequiredService<TimeProvider>(), ct));
        if (proposal is null)
        {
            throw new InvalidOperationException($"The demo proposal was refused: {DemoBook.Describe(problem)}");
        }

        await book.PumpAsync(ct);
        return (proposal.Id, proposal.WorkflowInstanceId);
    }

    /// <summary>The agent attests the full disclosure (the AgentDisclosure checkpoint).</summary>
    public static Task DiscloseAsync(DemoBook book, Guid? instanceId, CancellationToken ct) =>
        book.CompleteAsync(instanceId, ProposalTasks.AgentDisclosure, "Submit", new
        {
            priorClaims = "No", modifications = "No", commercialUse = "No", otherDrivers = "No", previousRefusals = "No", attested = true,
        }, ct);

    /// <summary>The underwriter at the task's level decides: Accept, Load, Decline or ReferUp, with a reason.</summary>
    public static Task DecideAsync(DemoBook book, Guid? instanceId, string decision, string reason, CancellationToken ct) =>
        decision switch
        {
            "Load" => book.CompleteAsync(instanceId, ProposalTasks.UnderwritingReview, "Accept", new { decision, reason, loadingPercent = 15m }, ct),
            "Accept" => book.CompleteAsync(instanceId, ProposalTasks.UnderwritingReview, "Accept", new { decision, reason }, ct),
            _ => book.CompleteAsync(instanceId, decision, reason, ct),
        };

    /// <summary>The referral sub-flow's reviewer refers the proposal on to head office (policy-underwriting v3).</summary>
    public static Task ReferOnAsync(DemoBook book, Guid? instanceId, string reason, CancellationToken ct) =>
        book.CompleteAsync(instanceId, ProposalTasks.ReferralReview, "Refer", new { reason }, ct);

    public static Task<Proposal> LoadAsync(DemoBook book, Guid id) =>
        book.InScopeAsync(sp => sp.GetRequiredService<ClaimsDbContext>().Proposals.AsNoTracking().SingleAsync(p => p.Id == id));

    private static Task CompleteAsync(this DemoBook book, Guid? instanceId, string outcome, string reason, CancellationToken ct) =>
        book.CompleteAsync(instanceId, ProposalTasks.UnderwritingReview, outcome, new { reason }, ct);

    private static ProposalRequest Request(Random random, int serial, DateOnly start, DemoRisk risk)
    {
        var age = risk == DemoRisk.YoungDriver ? 23 : random.Next(28, 62);
        var birth = start.AddYears(-age).AddDays(-random.Next(10, 300));
        var name = $"{random.Pick(DemoPeople.Surnames)} {random.Pick(DemoPeople.GivenNames)}";
        var vin = Vin(serial);
        var proposer = new ProposerInput(name, FormattableString.Invariant($"3101011{birth:yyyyMMdd}{random.Next(100, 1000)}X")[..18],
            birth, birth.AddYears(18).AddDays(random.Next(0, Math.Min(2000, ((age - 18) * 365) - 60))), string.Create(CultureInfo.InvariantCulture, $"139 {random.Next(1000, 10000)} {random.Next(1000, 10000)}"),
            $"{name.Replace(' ', '.').ToLowerInvariant()}.{serial}@example.com", true);
        var vehicle = new VehicleInput(vin, string.Create(CultureInfo.InvariantCulture, $"沪A{random.Next(10000, 100000)}"), random.Pick(Models),
            start.AddYears(-random.Next(0, 6)).AddDays(-random.Next(0, 300)), "Private", 5);
        var commission = risk == DemoRisk.HighCommission ? 32m : random.Next(8, 20);
        return new ProposalRequest(start, proposer, vehicle, [], [], random.Next(0, 8), ["ThirdPartyLiability", "OwnDamage", "Glass"],
            random.Next(8, 25) * 10_000m, 1000m, commission);
    }

    /// <summary>A well-formed VIN (check digit per GB 16735) unique to the serial.</summary>
    private static string Vin(int serial)
    {
        var draft = string.Create(CultureInfo.InvariantCulture, $"LSVDEMA0{"ABCDEFGHJKLMNPRSTVWXY"[serial % 21]}T{serial % 10_000_000:D7}");
        return string.Concat(draft.AsSpan(0, 8), Vins.CheckDigit(draft).ToString(), draft.AsSpan(9));
    }
}
