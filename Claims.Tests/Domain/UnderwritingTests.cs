using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

public sealed class UnderwritingTests
{
    private static readonly UnderwritingFacts Plain = new(120_000m, 40, 0, VehicleUsage.Private, 15m, 200_000m);

    [Fact]
    public void Rules_PlainRisk_RaiseNothing() => Assert.Empty(UnderwritingRules.Evaluate(Plain, new UnderwritingSettings()));

    [Theory]
    [InlineData(25.0, null, false)]
    [InlineData(25.5, null, true)]
    [InlineData(28.0, 30.0, false)]
    [InlineData(31.0, 30.0, true)]
    public void Commission_OverCap_RaisesIssueWithItsValue(double commission, double? cap, bool raised)
    {
        var settings = cap is null ? new UnderwritingSettings() : new UnderwritingSettings { CommissionCapPercent = (decimal)cap };

        var issues = UnderwritingRules.Evaluate(Plain with { CommissionPercent = (decimal)commission }, settings);

        Assert.Equal(raised, issues.Any(i => i.Kind == IssueKind.CommissionOverCap && i.Value == (decimal)commission));
    }

    [Fact]
    public void Rules_YoungDriverHighValueCar_RaiseBothWithValues()
    {
        var issues = UnderwritingRules.Evaluate(Plain with { NewCarPrice = 900_000m, YoungestDriverAge = 21 }, new UnderwritingSettings());

        Assert.Equal([(IssueKind.HighValueVehicle, 900_000m), (IssueKind.YoungDriver, 4m)], issues.Select(i => (i.Kind, i.Value)));
    }

    [Theory]
    [InlineData(0, VehicleUsage.Private, null)]
    [InlineData(3, VehicleUsage.Private, 3)]
    [InlineData(2, VehicleUsage.Commercial, null)]
    public void Rules_ClaimsAndUsage_RaiseManyClaimsAtThree(int claims, VehicleUsage usage, int? value)
    {
        var issues = UnderwritingRules.Evaluate(Plain with { ClaimsLastFiveYears = claims, Usage = usage }, new UnderwritingSettings());

        Assert.Equal(value, (int?)issues.SingleOrDefault(i => i.Kind == IssueKind.ManyClaims)?.Value);
    }

    [Theory]
    [InlineData("", null)]                                           // clean: nobody needs to look
    [InlineData("CommissionOverCap=28", AuthorityLevel.Underwriter)]
    [InlineData("CommissionOverCap=28;CommercialUse=1", AuthorityLevel.Underwriter)]
    [InlineData("CommercialUse=2", AuthorityLevel.SeniorUnderwriter)] // ride-hailing
    [InlineData("YoungDriver=4;HighValueVehicle=900000", AuthorityLevel.SeniorUnderwriter)]
    [InlineData("YoungDriver=1;HighValueVehicle=600000", AuthorityLevel.Underwriter)]
    [InlineData("HighValueVehicle=2500000", AuthorityLevel.HeadOffice)]
    [InlineData("CommissionOverCap=28;ManyClaims=5", AuthorityLevel.HeadOffice)] // the highest need decides
    public void Authority_Issues_ReferToLowestLevelHoldingAllOfThem(string issues, AuthorityLevel? expected)
    {
        var list = issues.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).Select(p => new UnderwritingIssue(Enum.Parse<IssueKind>(p[0]), decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), "")).ToList();

        var decision = AuthorityDecision.For(list, AuthorityLimit.Defaults);

        Assert.Equal((expected is null, expected), (decision.IsClean, decision.Level));
    }

    [Fact]
    public void Authority_NoLevelHasLimit_IsNoAuthority()
    {
        var limits = AuthorityLimit.Defaults.Where(l => l.Level != AuthorityLevel.HeadOffice).ToList();

        var decision = AuthorityDecision.For([new UnderwritingIssue(IssueKind.ManyClaims, 9, "")], limits);

        Assert.Equal(AuthorityDecision.NoAuthority, decision);
    }

    [Theory]
    [InlineData(DecisionKind.Accept, "fine", null, null, AuthorityLevel.Underwriter, "")]
    [InlineData(DecisionKind.Decline, " ", null, null, AuthorityLevel.Underwriter, "reason")]
    [InlineData(DecisionKind.Load, "young", null, null, AuthorityLevel.Underwriter, "loadingPercent")]
    [InlineData(DecisionKind.Load, "young", 20.0, null, AuthorityLevel.Underwriter, "")]
    [InlineData(DecisionKind.RaiseExcess, "theft", null, 500.0, AuthorityLevel.Underwriter, "excess")]
    [InlineData(DecisionKind.RaiseExcess, "theft", null, 2000.0, AuthorityLevel.Underwriter, "")]
    [InlineData(DecisionKind.ReferUp, "too big", null, null, AuthorityLevel.HeadOffice, "decision")]
    public void Decision_Submitted_ChecksReasonAndTerms(DecisionKind kind, string reason, double? loading, double? excess, AuthorityLevel level, string error)
    {
        var errors = UnderwriterDecision.Check(kind, reason, (decimal?)loading, (decimal?)excess, 1000m, level);

        Assert.Equal(error, string.Join(",", errors.Keys));
    }

    [Fact]
    public void Disclosure_Unanswered_ListsMissingItemsAndAttestation()
    {
        var answers = new Dictionary<string, string?> { ["priorClaims"] = "No", ["modifications"] = "Maybe", ["commercialUse"] = "Yes" };

        var missing = DisclosureChecklist.Missing(answers, attested: false);

        Assert.Equal(["modifications", "otherDrivers", "previousRefusals", "attested"], missing);
    }
}
