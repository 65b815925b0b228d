using Claims.Domain.Claims;

namespace Claims.Tests.Domain;

public sealed class SettlementApprovalAuthorityTests
{
    private static readonly Dictionary<int, decimal> Limits = new() { [1] = 20_000m, [2] = 100_000m, [3] = 500_000m };

    [Theory]
    [InlineData(2, 2, true)]
    [InlineData(2, 3, true)]
    [InlineData(3, 3, true)]
    [InlineData(3, 2, false)]
    [InlineData(2, 1, false)]
    [InlineData(2, 0, false)]
    public void ApprovalRefusal_ApproverLevelAgainstReferredLevel_RefusedOnlyBelowIt(int referredTo, int approver, bool may)
    {
        var refusal = SettlementAuthority.ApprovalRefusal(150_000m, referredTo, approver, Limits);

        Assert.Equal(may, refusal is null);
        if (!may)
        {
            Assert.Contains($"referred to level {referredTo}", refusal);
            Assert.Contains($"level {approver}", refusal);
        }
    }
}
