namespace Claims.Domain.Estimates;

/// <summary>Where a replacement part is bought; the catalogue prices each part in all four.</summary>
public enum PriceChannel { FourS, Oem, Aftermarket, Used }

/// <summary>Labour operations on a part position.</summary>
public enum WorkType { RemoveRefit, Replace, Repair, Refinish }

/// <summary>Repair shop class: 4S dealer, then classes 1–3 of independent shops.</summary>
public enum ShopClass { FourS, Class1, Class2, Class3 }
