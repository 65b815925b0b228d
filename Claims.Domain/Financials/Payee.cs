namespace Claims.Domain.Financials;

/// <summary>Who a claim pays (DOMAIN.md, "Claim money").</summary>
public enum PayeeKind { RepairShop, Policyholder, ThirdParty, Hospital }

/// <summary>A payee of one claim with the bank account payments go to; the account is shown masked.</summary>
public sealed class Payee
{
    private Payee() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public PayeeKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The normalised account (upper case, no spaces), as the bank file carries it.</summary>
    public string Account { get; private set; } = "";
    public string? Bank { get; private set; }
    public string AddedBy { get; private set; } = "";
    public DateTime AddedAt { get; private set; }

    public string MaskedAccount => BankAccount.Mask(Account);

    public static Payee Add(Guid id, Guid claimId, PayeeKind kind, string name, string account, string? bank, string by, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (BankAccount.Check(account) is { } problem)
        {
            throw new ArgumentException(problem, nameof(account));
        }

        return new Payee
        {
            Id = id, ClaimId = claimId, Kind = kind, Name = name.Trim(), Account = BankAccount.Normalise(account),
            Bank = string.IsNullOrWhiteSpace(bank) ? null : bank.Trim(), AddedBy = by, AddedAt = now,
        };
    }
}
