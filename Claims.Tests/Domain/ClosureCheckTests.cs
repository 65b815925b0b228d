using Claims.Domain.Common;
using Claims.Domain.Financials;

namespace Claims.Tests.Domain;

public sealed class ClosureCheckTests
{
    [Theory]
    [InlineData(true, 0, 0, 0, ClosureReadiness.Ready)]
    [InlineData(true, 0, 2, 0, ClosureReadiness.AwaitingExport)] // only the bank file is missing
    [InlineData(false, 0, 0, 0, ClosureReadiness.Open)]          // no final payment
    [InlineData(true, 500, 0, 0, ClosureReadiness.Open)]         // a reserve still outstanding
    [InlineData(true, 500, 1, 0, ClosureReadiness.Open)]
    [InlineData(true, 0, 1, 1, ClosureReadiness.Open)]           // a reserve change waits for approval
    [InlineData(true, -20, 0, 0, ClosureReadiness.Open)]         // paid above the reserve is open too
    public void Decide_OpenMoney_ReadyOnlyWhenNothingIsOpen(bool settled, decimal outstanding, int unexported, int pending, ClosureReadiness expected)
    {
        var state = new ClosureState(settled, [(CostCategory.OwnDamageRepair, Money.Zero), (CostCategory.BodilyInjury, Money.Of(outstanding))], unexported, pending);

        Assert.Equal(expected, ClosureCheck.Decide(state));
        Assert.Equal(expected == ClosureReadiness.Ready, ClosureCheck.Problems(state).Count == 0);
    }

    [Fact]
    public void Problems_EverythingOpen_ListsEachInTheAdjustersWords()
    {
        var state = new ClosureState(false, [(CostCategory.ThirdPartyProperty, Money.Of(25_000m))], 3, 1);

        Assert.Equal(
            [
                "No final payment has been made.",
                "ThirdPartyProperty still has an outstanding reserve of 25,000.00; set its reserve to what was paid first.",
                "A reserve change is waiting for a senior's approval.",
                "3 payment(s) are not yet exported to the bank.",
            ],
            ClosureCheck.Problems(state));
    }
}
