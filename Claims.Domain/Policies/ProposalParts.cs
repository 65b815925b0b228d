namespace Claims.Domain.Policies;

public sealed record Proposer(string Name, string IdNumber, DateOnly BirthDate, DateOnly LicenceDate, string Phone, string? Email, bool ConsentsToProcessing);

public sealed record ProposedVehicle(string Vin, string Plate, string ModelCode, DateOnly FirstRegistration, decimal NewCarPrice, VehicleUsage Usage, int Seats);

public sealed record NamedDriver(string Name, DateOnly BirthDate, DateOnly LicenceDate);

public sealed record PriorClaim(DateOnly Date, decimal Amount);

public sealed record DisclosureAnswer(string Key, string Answer, string? Details);

public enum ProposalStatus { Submitted, Rated, RatingFailed, Disclosed, Referred, Accepted, Declined, Issued }

/// <summary>New business goes through rating, disclosure and underwriting; a renewal was re-rated and underwritten at its offer.</summary>
public enum ProposalKind { NewBusiness, Renewal }
