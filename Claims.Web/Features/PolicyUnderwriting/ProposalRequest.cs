using Claims.Domain.Common;
using Claims.Domain.Policies;

namespace Claims.Web.Features.PolicyUnderwriting;

public sealed record ProposerInput(string? Name, string? IdNumber, DateOnly? BirthDate, DateOnly? LicenceDate, string? Phone, string? Email, bool Consents);

public sealed record VehicleInput(string? Vin, string? Plate, string? ModelCode, DateOnly? FirstRegistration, string? Usage, int? Seats);

public sealed record DriverInput(string? Name, DateOnly? BirthDate, DateOnly? LicenceDate);

public sealed record ClaimInput(DateOnly? Date, decimal? Amount);

/// <summary>The proposal as an agent submits it (API body, and the page's form after mapping); quoting takes the same shape.</summary>
public sealed record ProposalRequest(
    DateOnly? StartDate, ProposerInput? Proposer, VehicleInput? Vehicle, List<DriverInput>? NamedDrivers, List<ClaimInput>? PriorClaims,
    int? YearsInsured, List<string>? Covers, decimal? SumInsured, decimal? Excess, decimal? CommissionPercent)
{
    /// <summary>Checks every field and builds the proposal, or lists what is wrong by field.</summary>
    public (Proposal? Proposal, Dictionary<string, string[]> Errors) Build(Guid id, DateTime now, Agent agent, string agentUserName, VehicleModel? model)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        var today = DateOnly.FromDateTime(now);
        var start = StartDate ?? default;
        if (StartDate is null || start < today || start > today.AddDays(90))
        {
            Fail("startDate", "The start date must be between today and 90 days ahead.");
        }

        var p = Proposer ?? new ProposerInput(null, null, null, null, null, null, false);
        Require(errors, "proposer.name", p.Name, "The proposer's name is required.");
        Require(errors, "proposer.idNumber", p.IdNumber, "The proposer's id number is required.");
        Require(errors, "proposer.phone", p.Phone, "A contact phone is required.");
        CheckDriver(errors, "proposer", p.BirthDate, p.LicenceDate, start);
        if (!p.Consents)
        {
            Fail("proposer.consents", "The proposer must consent to the processing of their data.");
        }

        var v = Vehicle ?? new VehicleInput(null, null, null, null, null, null);
        if (!Vins.IsWellFormed(v.Vin))
        {
            Fail("vehicle.vin", "The VIN must be 17 characters without I, O or Q.");
        }

        Require(errors, "vehicle.plate", v.Plate, "The plate is required.");
        if (model is null)
        {
            Fail("vehicle.modelCode", "Choose a known vehicle model.");
        }

        if (v.FirstRegistration is not { } registered || (StartDate is not null && registered > start))
        {
            Fail("vehicle.firstRegistration", "The first registration must be on or before the start date.");
        }

        if (!EnumText.TryParse<VehicleUsage>(v.Usage, out var usage))
        {
            Fail("vehicle.usage", $"Usage must be one of: {EnumText.Names<VehicleUsage>()}.");
        }

        if (v.Seats is not (>= 1 and <= 60))
        {
            Fail("vehicle.seats", "Seats must be between 1 and 60.");
        }

        var covers = Cover.None;
        foreach (var name in Covers ?? [])
        {
            if (EnumText.TryParse<Cover>(name, out var cover) && cover != Cover.None)
            {
                covers |= cover;
            }
            else
            {
                Fail("covers", $"'{name}' is not a cover.");
            }
        }

        if (covers == Cover.None && !errors.ContainsKey("covers"))
        {
            Fail("covers", "Choose at least one cover.");
        }

        if (SumInsured is not (> 0m))
        {
            Fail("sumInsured", "The sum insured must be above zero.");
        }

        if (Excess is not (>= 0m))
        {
            Fail("excess", "The excess must be zero or more.");
        }

        if (CommissionPercent is not (>= 0m and <= 100m))
        {
            Fail("commissionPercent", "The commission must be between 0 and 100%.");
        }

        if (YearsInsured is not (>= 0 and <= 60))
        {
            Fail("yearsInsured", "Years insured must be between 0 and 60.");
        }

        var drivers = NamedDrivers ?? [];
        if (drivers.Count > MaxListed)
        {
            Fail("namedDrivers", $"At most {MaxListed} named drivers.");
            drivers = [];
        }

        for (var i = 0; i < drivers.Count; i++)
        {
            if (drivers[i] is null || drivers[i].Name?.Length > 100)
            {
                Fail($"namedDrivers[{i}]", "A named driver has a name of at most 100 characters.");
                continue;
            }

            Require(errors, $"namedDrivers[{i}].name", drivers[i].Name, "A named driver needs a name.");
            CheckDriver(errors, $"namedDrivers[{i}]", drivers[i].BirthDate, drivers[i].LicenceDate, start);
        }

        var claims = PriorClaims ?? [];
        if (claims.Count > MaxListed)
        {
            Fail("priorClaims", $"At most {MaxListed} prior claims.");
            claims = [];
        }

        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i] is null || claims[i].Date is not { } date || date >= start || date < start.AddYears(-5)
                || claims[i].Amount is not (>= 0m and <= Domain.Estimates.ReferenceDataLimits.MaxPrice))
            {
                Fail($"priorClaims[{i}]", "A prior claim needs a date within the five years before the start and an amount.");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var proposal = global::Claims.Domain.Policies.Proposal.Submit(
            id, now, agent, agentUserName, start,
            new Proposer(p.Name!.Trim(), p.IdNumber!.Trim(), p.BirthDate!.Value, p.LicenceDate!.Value, p.Phone!.Trim(), string.IsNullOrWhiteSpace(p.Email) ? null : p.Email.Trim(), p.Consents),
            new ProposedVehicle(v.Vin!.ToUpperInvariant(), v.Plate!.Trim(), model!.Code, v.FirstRegistration!.Value, model.NewCarPrice, usage, v.Seats!.Value),
            drivers.Select(d => new NamedDriver(d.Name!.Trim(), d.BirthDate!.Value, d.LicenceDate!.Value)),
            claims.Select(c => new PriorClaim(c.Date!.Value, c.Amount!.Value)),
            YearsInsured!.Value, covers, SumInsured!.Value, Excess!.Value, CommissionPercent!.Value);
        return (proposal, errors);
    }

    /// <summary>Named drivers and prior claims each: far above any real proposal, far below a hostile one.</summary>
    public const int MaxListed = 20;

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [message];
        }
    }

    private static void CheckDriver(Dictionary<string, string[]> errors, string field, DateOnly? birth, DateOnly? licence, DateOnly start)
    {
        if (birth is not { } b || NcdStep.WholeYears(b, start) < 18 || NcdStep.WholeYears(b, start) > 100)
        {
            errors[$"{field}.birthDate"] = ["A driver must be 18 to 100 years old at the start date."];
        }
        else if (licence is not { } l || l < b.AddYears(16) || l > start)
        {
            errors[$"{field}.licenceDate"] = ["The licence date must be after the 16th birthday and before the start date."];
        }
    }
}
