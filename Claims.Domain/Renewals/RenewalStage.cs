namespace Claims.Domain.Renewals;

/// <summary>The reminders a policy gets on its way to expiry; each is sent once per policy.</summary>
public enum RenewalStage
{
    Days90,
    Days60,
    Days30,
    Days7,
    /// <summary>On the expiry date: the cover ends today unless renewed.</summary>
    ExpiryNotice,
    /// <summary>Expiry plus the grace period without renewal: the policy lapses and the agent is told.</summary>
    Lapsed,
}
