using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Claims;

public sealed record EstimateLineRequest(
    string? Kind, string? PartNumber, string? Channel, int? Quantity, decimal? UnitPrice, string? Position, string? WorkType, decimal? Hours, decimal? PanelPrice);

public sealed record EstimateRequest(string? ShopClass, bool PearlPaint, decimal? Salvage, IReadOnlyList<EstimateLineRequest>? Lines, string? RepairShop = null);

public sealed record PricedEstimate(IReadOnlyList<EstimateLine> Lines, ShopClass ShopClass, bool PearlPaint, decimal Salvage, Dictionary<string, string[]> Errors);

/// <summary>
/// Turns what the adjuster entered into estimate lines priced from reference data, for the claim's model, region,
/// price band and loss date: catalogue prices, standard hours, the hourly rate of the shop class, standard paint.
/// Typed prices and hours are kept; the reference goes beside them for price verification.
/// </summary>
public sealed class EstimatePricing(ClaimsDbContext db, ClaimRules rules)
{
    public const int MaxLines = 300;

    public const int MaxRepairShop = 100;

    public async Task<PricedEstimate> PriceAsync(Claim claim, EstimateRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        // An assigned network shop's class prices the labour; without one the adjuster names the class (default class 1).
        var shopClass = claim.RepairShopId is null ? ShopClass.Class1 : claim.ShopClass;
        if (request.ShopClass is not null && !EnumText.TryParse(request.ShopClass, out shopClass))
        {
            errors["shopClass"] = [$"'{request.ShopClass}' is not one of: {EnumText.Names<ShopClass>()}."];
        }
        else if (claim.RepairShopId is not null && shopClass != claim.ShopClass)
        {
            errors["shopClass"] = [$"The claim's repair shop {claim.RepairShop} is {claim.ShopClass}; its class prices the labour."];
        }

        var salvage = request.Salvage ?? 0m;
        if (salvage < 0 || salvage > ReferenceDataLimits.MaxPrice || !Money.HasAtMostTwoDecimals(salvage))
        {
            errors["salvage"] = ["Salvage is an amount from 0 with at most 2 decimals."];
        }

        if (request.RepairShop?.Length > MaxRepairShop)
        {
            errors["repairShop"] = [$"A repair shop name is at most {MaxRepairShop} characters."];
        }
        else if (claim.RepairShopId is not null && !string.IsNullOrWhiteSpace(request.RepairShop) && request.RepairShop.Trim() != claim.RepairShop)
        {
            errors["repairShop"] = [$"The claim's repair shop is {claim.RepairShop}; assign another shop to change it."];
        }

        var input = request.Lines ?? [];
        if (input.Count > MaxLines)
        {
            errors["lines"] = [$"An estimate has at most {MaxLines} lines."];
            input = [];
        }

        if (input.Select((l, i) => l is null ? i : -1).FirstOrDefault(i => i >= 0, -1) is var nullAt and >= 0)
        {
            // JSON null where a line belongs: refused whole, so no later message names a shifted index.
            errors[$"lines[{nullAt}]"] = ["A line cannot be null."];
            input = [];
        }

        var on = claim.LossDate;
        var band = await db.VehicleModels.AsNoTracking().Where(m => m.Code == claim.ModelCode).Select(m => m.Band).SingleAsync(ct);
        var rate = await db.HourlyRates.AsNoTracking()
            .Where(r => r.RegionCode == claim.RegionCode && r.ShopClass == shopClass && r.EffectiveFrom <= on)
            .OrderByDescending(r => r.EffectiveFrom).Select(r => (decimal?)r.Rate).FirstOrDefaultAsync(ct);
        if (rate is null && input.Any(l => !IsKind(l, EstimateLineKind.Part)))
        {
            errors["shopClass"] = [$"Region {claim.RegionCode} has no hourly rate for {shopClass} shops."];
        }

        var keys = input.Where(l => IsKind(l, EstimateLineKind.Part) && !string.IsNullOrWhiteSpace(l.PartNumber))
            .Select(l => SearchKeys.PartNumber(l.PartNumber!)).Distinct().ToList();
        var catalogue = (await db.PartPrices.AsNoTracking()
                .Where(p => p.ModelCode == claim.ModelCode && p.RegionCode == claim.RegionCode && keys.Contains(p.PartNumberKey))
                .Where(p => p.EffectiveFrom <= on && (p.EffectiveTo == null || p.EffectiveTo >= on))
                .ToListAsync(ct))
            .GroupBy(p => (p.PartNumberKey, p.Channel))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.CatalogueVersion, StringComparer.Ordinal).First());

        var positions = input.Where(l => !IsKind(l, EstimateLineKind.Part) && !string.IsNullOrWhiteSpace(l.Position))
            .Select(l => l.Position!.Trim().ToUpperInvariant()).Distinct().ToList();
        var standards = (await db.LabourStandards.AsNoTracking()
                .Where(s => s.RegionCode == claim.RegionCode && s.Band == band && positions.Contains(s.Position) && s.EffectiveFrom <= on)
                .ToListAsync(ct))
            .GroupBy(s => (s.Position, s.WorkType))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Version, StringComparer.Ordinal).First().Hours);
        var replacement = (await db.PartPrices.AsNoTracking()
                .Where(p => p.ModelCode == claim.ModelCode && p.RegionCode == claim.RegionCode && positions.Contains(p.Position))
                .Where(p => p.Channel == rules.Estimate.ReplacementChannel && p.EffectiveFrom <= on && (p.EffectiveTo == null || p.EffectiveTo >= on))
                .ToListAsync(ct))
            .GroupBy(p => p.Position)
            .ToDictionary(g => g.Key, g => g.Max(p => p.Price));

        var lines = new List<EstimateLine>();
        for (var i = 0; i < input.Count; i++)
        {
            var line = Price(input[i], $"lines[{i}]", catalogue, standards, replacement, rate ?? 0m, errors);
            if (line is not null)
            {
                lines.Add(line);
            }
        }

        if (errors.Count == 0)
        {
            var gross = EstimateCalculator.Calculate(lines, request.PearlPaint, 0m, LiabilityShare.Full, 0m, rules.Estimate).Gross.Amount;
            if (SalvageCheck.Check(gross, salvage) is { } refusal)
            {
                errors["salvage"] = [refusal];
            }
        }

        return new PricedEstimate(lines, shopClass, request.PearlPaint, salvage, errors);
    }

    private static EstimateLine? Price(
        EstimateLineRequest l, string at, Dictionary<(string, PriceChannel), PartPrice> catalogue, Dictionary<(string, WorkType), decimal> standards,
        Dictionary<string, decimal> replacement, decimal rate, Dictionary<string, string[]> errors)
    {
        if (!EnumText.TryParse(l.Kind, out EstimateLineKind kind))
        {
            errors[$"{at}.kind"] = [$"A line is one of: {EnumText.Names<EstimateLineKind>()}."];
            return null;
        }

        if (kind == EstimateLineKind.Part)
        {
            return PricePart(l, at, catalogue, errors);
        }

        var position = l.Position?.Trim().ToUpperInvariant() ?? "";
        if (position.Length == 0 || position.Length > ReferenceDataLimits.Position)
        {
            errors[$"{at}.position"] = ["A part position code is required."];
            return null;
        }

        if (kind == EstimateLineKind.Paint)
        {
            decimal? standard = standards.TryGetValue((position, WorkType.Refinish), out var paintHours) && paintHours > 0 ? Money.Of(paintHours * rate).Amount : null;
            var panel = l.PanelPrice ?? standard;
            if (panel is not { } price || !IsAmount(price))
            {
                errors[$"{at}.panelPrice"] = [$"No standard paint price for {position}; enter the panel price (at most 2 decimals)."];
                return null;
            }

            return EstimateLine.Paint(position, price, standard);
        }

        if (!EnumText.TryParse(l.WorkType, out WorkType workType))
        {
            errors[$"{at}.workType"] = [$"A labour line's work type is one of: {EnumText.Names<WorkType>()}."];
            return null;
        }

        decimal? standardHours = standards.TryGetValue((position, workType), out var std) && std > 0 ? std : null;
        var hours = l.Hours ?? standardHours;
        if (hours is not { } h || h <= 0 || h > ReferenceDataLimits.MaxHours || h != Math.Round(h, 2))
        {
            errors[$"{at}.hours"] = [$"No standard hours for {workType} on {position}; enter hours above 0 (at most 2 decimals)."];
            return null;
        }

        return EstimateLine.Labour(position, workType, h, rate, standardHours, replacement.TryGetValue(position, out var partPrice) ? partPrice : null);
    }

    private static EstimateLine? PricePart(EstimateLineRequest l, string at, Dictionary<(string, PriceChannel), PartPrice> catalogue, Dictionary<string, string[]> errors)
    {
        var channel = PriceChannel.FourS;
        if (string.IsNullOrWhiteSpace(l.PartNumber) || l.PartNumber.Length > ReferenceDataLimits.PartNumber)
        {
            errors[$"{at}.partNumber"] = ["A part number is required."];
            return null;
        }

        if (l.Channel is not null && !EnumText.TryParse(l.Channel, out channel))
        {
            errors[$"{at}.channel"] = [$"A price channel is one of: {EnumText.Names<PriceChannel>()}."];
            return null;
        }

        var quantity = l.Quantity ?? 1;
        if (quantity is < 1 or > 100)
        {
            errors[$"{at}.quantity"] = ["Quantity is from 1 to 100."];
            return null;
        }

        catalogue.TryGetValue((SearchKeys.PartNumber(l.PartNumber), channel), out var entry);
        var price = l.UnitPrice ?? entry?.Price;
        if (price is not { } unitPrice || !IsAmount(unitPrice))
        {
            errors[$"{at}.unitPrice"] = [$"Part {l.PartNumber} has no {channel} catalogue price for this vehicle; enter a unit price (at most 2 decimals)."];
            return null;
        }

        var name = entry?.PartName ?? catalogue.Values.FirstOrDefault(p => p.PartNumberKey == SearchKeys.PartNumber(l.PartNumber))?.PartName ?? l.PartNumber;
        var position = entry?.Position ?? catalogue.Values.FirstOrDefault(p => p.PartNumberKey == SearchKeys.PartNumber(l.PartNumber))?.Position ?? "OTHER";
        return EstimateLine.Part(entry?.PartNumber ?? l.PartNumber.Trim(), name, position, channel, quantity, unitPrice, entry?.Price);
    }

    private static bool IsKind(EstimateLineRequest l, EstimateLineKind kind) => EnumText.TryParse(l.Kind, out EstimateLineKind k) && k == kind;

    private static bool IsAmount(decimal value) => value >= 0 && value <= ReferenceDataLimits.MaxPrice && Money.HasAtMostTwoDecimals(value);
}
