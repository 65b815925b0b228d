using Claims.Domain.Claims;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;

namespace Claims.Tests.Domain;

public sealed class ClaimExcessTests
{
    [Theory]
    [InlineData(1000.00, LossCause.Collision, Cover.OwnDamage, 1000.00, ExcessSource.Policy)]       // the policy's own 1,000, not the 500 default
    [InlineData(2500.00, LossCause.SingleVehicle, Cover.OwnDamage, 2500.00, ExcessSource.Policy)]   // raised by RaiseExcess to 2,500
    [InlineData(0.00, LossCause.Glass, Cover.Glass, 0.00, ExcessSource.Policy)]                     // a zero excess is named, not missing
    [InlineData(800.00, LossCause.Theft, Cover.Theft, 800.00, ExcessSource.Policy)]
    [InlineData(null, LossCause.Collision, Cover.OwnDamage, 500.00, ExcessSource.Default)]         // names none → the configured 500
    public void ClaimExcess_PolicyExcess_DeductsPolicyAmountElseDefault(double? policyExcess, LossCause cause, Cover cover, double amount, ExcessSource source)
    {
        var decision = ClaimExcess.For((decimal?)policyExcess, cause, 500m);

        Assert.Equal(new ExcessDecision(cover, (decimal)amount, source), decision);
    }

    [Theory]
    // gross 10,000; − salvage 200 = 9,800; × 70% = 6,860; − policy excess 1,000 = 5,860 (the old default would have paid 6,360)
    [InlineData(10000.00, 200.00, LiabilityShare.Major, 1000.00, 9800.00, 6860.00, 5860.00)]
    // gross 4,000; net 4,000; × 100%; − raised excess 2,500 = 1,500
    [InlineData(4000.00, 0.00, LiabilityShare.Full, 2500.00, 4000.00, 4000.00, 1500.00)]
    // gross 3,000; − salvage 3,000 = 0 (salvage may equal the gross); payable 0
    [InlineData(3000.00, 3000.00, LiabilityShare.Full, 1000.00, 0.00, 0.00, 0.00)]
    public void Payable_PolicyExcess_DeductedOnceFromShare(double gross, double salvage, LiabilityShare liability, double excess, double net, double share, double payable)
    {
        var lines = new List<EstimateLine> { EstimateLine.Part("P-1", "Part", "BUMPER_FRONT", PriceChannel.FourS, 1, (decimal)gross, (decimal)gross) };

        var totals = EstimateCalculator.Calculate(lines, false, (decimal)salvage, liability, (decimal)excess, new EstimateRules());

        Assert.Equal(((decimal)net, (decimal)share, (decimal)excess, (decimal)payable), (totals.Net.Amount, totals.Share.Amount, totals.Excess.Amount, totals.Payable.Amount));
    }

    [Theory]
    [InlineData(1000.00, 1000.00, true)]
    [InlineData(1000.00, 0.00, true)]
    [InlineData(1000.00, 1000.01, false)]
    [InlineData(0.00, 0.01, false)]
    public void SalvageCheck_SalvageAgainstGross_RefusesAboveGross(double gross, double salvage, bool accepted)
    {
        var refusal = SalvageCheck.Check((decimal)gross, (decimal)salvage);

        Assert.Equal(accepted, refusal is null);
    }
}
