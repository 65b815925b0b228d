using Claims.Domain.Common;

namespace Claims.Domain.Financials;

/// <summary>
/// Subrogation: at the policyholder's request we also pay the other party's share, net × (1 − share), and recover that
/// amount from the liable party (DOMAIN.md, "Claim money").
/// </summary>
public static class Subrogation
{
    public static Money OtherPartyShare(Money net, decimal shareRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(net.Amount, nameof(net));
        if (shareRate is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(shareRate), shareRate, "A liability share is from 0 to 1.");
        }

        return net.Times(1m - shareRate);
    }
}
