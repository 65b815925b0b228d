namespace Claims.Domain.Financials;

/// <summary>The cost categories a case reserve is held in (DOMAIN.md, "Claim money").</summary>
public enum CostCategory { OwnDamageRepair, ThirdPartyProperty, BodilyInjury, LossAdjustmentExpense }
