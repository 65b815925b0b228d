using Claims.Domain.Claims;
using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

public sealed class DisclosureCheckTests
{
    private static List<DisclosureAnswer> Disclosed(string priorClaims = "Yes", string modifications = "No", string commercialUse = "No", string otherDrivers = "No", string previousRefusals = "No") =>
    [
        new("priorClaims", priorClaims, null), new("modifications", modifications, null), new("commercialUse", commercialUse, null),
        new("otherDrivers", otherDrivers, null), new("previousRefusals", previousRefusals, null),
    ];

    [Theory]
    [InlineData(true, false, false, false, false, "modifications")]
    [InlineData(false, true, false, false, false, "commercialUse")]
    [InlineData(false, false, true, false, false, "otherDrivers")]
    [InlineData(false, false, false, true, false, "priorClaims")]
    [InlineData(false, false, false, false, true, "previousRefusals")]
    public void Compare_OneFactAgainstCleanDisclosure_ContradictsThatItem(bool modified, bool commercial, bool unnamed, bool priorClaims, bool refusal, string key)
    {
        var result = DisclosureCheck.Compare(Disclosed(), new SurveyFindings(modified, commercial, unnamed, priorClaims, refusal));

        Assert.True(result.HasDisclosure);
        Assert.Equal([key], result.Contradictions.Select(c => c.Key));
    }

    [Fact]
    public void Compare_FactsTheAgentDisclosed_NoContradiction()
    {
        // Disclosed: modified, used commercially, other drivers, refused before, and not every prior claim declared.
        var disclosure = Disclosed(priorClaims: "No", modifications: "Yes", commercialUse: "Yes", otherDrivers: "Yes", previousRefusals: "Yes");

        var result = DisclosureCheck.Compare(disclosure, new SurveyFindings(true, true, true, true, true));

        Assert.Equal(0, result.Count);
    }

    [Fact]
    public void Compare_EveryFactFoundOnCleanDisclosure_FiveContradictionsWithWhatWasDisclosed()
    {
        var result = DisclosureCheck.Compare(Disclosed(), new SurveyFindings(true, true, true, true, true));

        Assert.Equal(5, result.Count);
        Assert.Equal("Yes", result.Contradictions.Single(c => c.Key == "priorClaims").Disclosed);
        Assert.All(result.Contradictions.Where(c => c.Key != "priorClaims"), c => Assert.Equal("No", c.Disclosed));
    }

    [Fact]
    public void Compare_NoDisclosureOnRecord_NothingToContradict()
    {
        var result = DisclosureCheck.Compare([], new SurveyFindings(true, true, true, true, true));

        Assert.False(result.HasDisclosure);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public void Compare_NothingFound_NoContradiction()
    {
        Assert.Equal(0, DisclosureCheck.Compare(Disclosed(), SurveyFindings.None).Count);
    }
}
