namespace Claims.Domain.Policies;

public enum VehicleUsage { Private, Commercial, RideHailing }

/// <summary>An insured vehicle; its model gives the new-car price band used by rating and estimating.</summary>
public sealed class Vehicle
{
    private Vehicle() { }

    public Guid Id { get; private set; }
    public string Vin { get; private set; } = "";
    public string Plate { get; private set; } = "";
    public string ModelCode { get; private set; } = "";
    public DateOnly FirstRegistration { get; private set; }
    public VehicleUsage Usage { get; private set; }
    public int Seats { get; private set; }

    public static Vehicle Create(Guid id, string vin, string plate, string modelCode, DateOnly firstRegistration, VehicleUsage usage, int seats)
    {
        if (!Vins.IsWellFormed(vin))
        {
            throw new ArgumentException($"'{vin}' is not a 17-character VIN.", nameof(vin));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(plate);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 1);
        return new Vehicle
        {
            Id = id, Vin = vin.ToUpperInvariant(), Plate = plate.Trim(), ModelCode = modelCode,
            FirstRegistration = firstRegistration, Usage = usage, Seats = seats,
        };
    }

    public void ChangeUsage(VehicleUsage usage) => Usage = usage;
}
