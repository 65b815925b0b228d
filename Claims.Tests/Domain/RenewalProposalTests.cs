using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

public sealed class RenewalProposalTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Agent Agent = Claims.Domain.Policies.Agent.Create(Guid.NewGuid(), "AG-1", "Agent One", "SH", "Pudong");
    private static readonly Proposer Holder = new("Li Wei", "310101199001011234", new DateOnly(1990, 1, 1), new DateOnly(2012, 5, 1), "13800000000", null, true);
    private static readonly ProposedVehicle Car = new("LSVAU2180N2183456", "沪A12345", "VW-LAVIDA", new DateOnly(2022, 3, 1), 120_000m, VehicleUsage.Private, 5);

    private static Policy Current(Guid? id = null) => Policy.Issue(id ?? Guid.NewGuid(), "PF00000001", Guid.NewGuid(), Guid.NewGuid(), Agent.Id, "SH",
        new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 3_000m, Cover.ThirdPartyLiability | Cover.OwnDamage);

    private static Proposal RenewalOf(Policy policy, Proposal? previous = null) =>
        Proposal.Renewal(Guid.NewGuid(), Now, policy, previous, "agent1", Holder, Car, [], 2_550m, "tariff 2026");

    [Fact]
    public void RenewalProposal_PreviousDisclosure_CarriedOverAcceptedAtOfferPremium()
    {
        var previous = Proposal.Submit(Guid.NewGuid(), Now.AddYears(-1), Agent, "agent1", new DateOnly(2026, 1, 1), Holder, Car, [], [], 3,
            Cover.ThirdPartyLiability, 200_000m, 500m, 10m);
        previous.RecordDisclosure([new DisclosureAnswer("priorClaims", "Yes", null)], "agent1", Now.AddYears(-1));

        var renewal = RenewalOf(Current(), previous);

        Assert.Equal((ProposalKind.Renewal, ProposalStatus.Accepted, 2_550m), (renewal.Kind, renewal.Status, renewal.FinalPremium));
        Assert.Equal(new DateOnly(2027, 1, 1), renewal.StartDate);
        Assert.Equal(("priorClaims", "agent1"), (Assert.Single(renewal.Disclosure).Key, renewal.DisclosedBy));
    }

    [Fact]
    public void RenewOn_RenewalProposal_NextYearLinkedBothWays()
    {
        var current = Current();

        var next = current.RenewOn(RenewalOf(current), Guid.NewGuid(), 42);

        Assert.Equal((Policy.FormNumber(42), 2_550m, current.Id, 1), (next.Number, next.Premium, next.RenewalOfPolicyId!.Value, next.RenewalNumber));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), (next.StartDate, next.ExpiryDate));
        Assert.Equal(next.Id, current.RenewedByPolicyId);
    }

    [Fact]
    public void RenewOn_ProposalOfAnotherPolicyOrRenewedTwice_Throws()
    {
        var current = Current();
        var proposal = RenewalOf(current);

        Assert.Throws<InvalidOperationException>(() => Current().RenewOn(proposal, Guid.NewGuid(), 42));
        current.RenewOn(proposal, Guid.NewGuid(), 42);
        Assert.Throws<InvalidOperationException>(() => current.RenewOn(proposal, Guid.NewGuid(), 43));
    }
}
