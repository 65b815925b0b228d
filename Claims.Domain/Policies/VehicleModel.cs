using Claims.Domain.Common;

namespace Claims.Domain.Policies;

/// <summary>A make/model/trim with its new-car price; the code keys the parts catalogue.</summary>
public sealed class VehicleModel
{
    private VehicleModel() { }

    public string Code { get; private set; } = "";
    public string Make { get; private set; } = "";
    public string Model { get; private set; } = "";
    public string? Trim { get; private set; }
    public decimal NewCarPrice { get; private set; }
    public PriceBand Band { get; private set; }

    public string DisplayName => Trim is null ? $"{Make} {Model}" : $"{Make} {Model} {Trim}";

    public static VehicleModel Create(string code, string make, string model, string? trim, decimal newCarPrice)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(make);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        return new VehicleModel
        {
            Code = code.Trim().ToUpperInvariant(),
            Make = make.Trim(),
            Model = model.Trim(),
            Trim = string.IsNullOrWhiteSpace(trim) ? null : trim.Trim(),
            NewCarPrice = Money.Of(newCarPrice).Amount,
            Band = PriceBands.For(newCarPrice),
        };
    }

    public void Reprice(decimal newCarPrice)
    {
        NewCarPrice = Money.Of(newCarPrice).Amount;
        Band = PriceBands.For(newCarPrice);
    }
}
