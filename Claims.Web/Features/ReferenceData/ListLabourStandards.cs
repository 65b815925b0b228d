using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.ReferenceData;

/// <summary>GET /api/labour-standards?region=&amp;band=&amp;position=&amp;on=: the region's standard hours in effect, with its hourly rates.</summary>
public static class ListLabourStandards
{
    public sealed record StandardItem(PriceBand Band, string Position, WorkType WorkType, decimal Hours, string Version);

    public sealed record RateItem(ShopClass ShopClass, decimal Rate, string Version);

    public sealed record Response(string Region, DateOnly On, IReadOnlyList<RateItem> HourlyRates, IReadOnlyList<StandardItem> Standards);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/labour-standards", Handle)
            .RequireAuthorization(Policies.Estimators)
            .WithTags("Reference data")
            .WithSummary("Standard labour hours of a region (optionally one price band and position) and its hourly rates by shop class.");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(
        string? region, string? band, string? position, string? on, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var regionCode = region?.Trim().ToUpperInvariant() ?? "";
        if (regionCode.Length == 0)
        {
            errors["region"] = ["A region code is required."];
        }
        else if (!await db.Regions.AnyAsync(r => r.Code == regionCode, ct))
        {
            errors["region"] = [$"Unknown region '{regionCode}'."];
        }

        PriceBand? priceBand = null;
        if (!string.IsNullOrWhiteSpace(band))
        {
            if (PriceBands.TryParse(band, out var parsed))
            {
                priceBand = parsed;
            }
            else
            {
                errors["band"] = [$"'{band}' is not a price band 1–5 or one of: {EnumText.Names<PriceBand>()}."];
            }
        }

        var positionCode = position?.Trim().ToUpperInvariant();
        if (positionCode?.Length > ReferenceDataLimits.Position)
        {
            errors["position"] = [$"A position code has at most {ReferenceDataLimits.Position} characters."];
        }

        var date = SearchParts.ParseDate(on, time, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.LabourStandards.AsNoTracking().Where(s => s.RegionCode == regionCode && s.EffectiveFrom <= date);
        if (priceBand is { } b)
        {
            query = query.Where(s => s.Band == b);
        }

        if (!string.IsNullOrEmpty(positionCode))
        {
            query = query.Where(s => s.Position == positionCode);
        }

        var standards = (await query.ToListAsync(ct))
            .GroupBy(s => (s.Band, s.Position, s.WorkType))
            .Select(g => g.OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Version, StringComparer.Ordinal).First())
            .OrderBy(s => s.Band).ThenBy(s => s.Position, StringComparer.Ordinal).ThenBy(s => s.WorkType)
            .Select(s => new StandardItem(s.Band, s.Position, s.WorkType, s.Hours, s.Version))
            .ToList();
        var rates = (await db.HourlyRates.AsNoTracking().Where(r => r.RegionCode == regionCode && r.EffectiveFrom <= date).ToListAsync(ct))
            .GroupBy(r => r.ShopClass)
            .Select(g => g.OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Version, StringComparer.Ordinal).First())
            .OrderBy(r => r.ShopClass)
            .Select(r => new RateItem(r.ShopClass, r.Rate, r.Version))
            .ToList();
        return TypedResults.Ok(new Response(regionCode, date, rates, standards));
    }
}
