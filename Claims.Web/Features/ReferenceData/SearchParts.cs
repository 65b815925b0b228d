using System.Globalization;
using Claims.Domain.Estimates;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.ReferenceData;

/// <summary>GET /api/parts?model=&amp;region=&amp;q=&amp;on=&amp;limit=: catalogue parts of a model whose name or part number starts with q, with the four channel prices in the region.</summary>
public static class SearchParts
{
    public const int MaxParts = 200;

    public sealed record ChannelPrices(decimal? FourS, decimal? Oem, decimal? Aftermarket, decimal? Used);

    public sealed record PartItem(string PartNumber, string PartName, string Position, string CatalogueVersion, ChannelPrices Prices);

    public sealed record Response(string Model, string Region, DateOnly On, IReadOnlyList<PartItem> Parts, bool Truncated);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/parts", Handle)
            .RequireAuthorization(Policies.Estimators)
            .WithTags("Reference data")
            .WithSummary("Parts of a vehicle model by name or part-number prefix, priced in the region's four channels.");

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(
        string? model, string? region, string? q, string? on, int? limit, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var modelCode = model?.Trim().ToUpperInvariant() ?? "";
        var regionCode = region?.Trim().ToUpperInvariant() ?? "";
        var search = q?.Trim() ?? "";
        if (modelCode.Length == 0)
        {
            errors["model"] = ["A vehicle model code is required."];
        }

        if (regionCode.Length == 0)
        {
            errors["region"] = ["A region code is required."];
        }

        if (search.Length > 100)
        {
            errors["q"] = ["The search text is longer than 100 characters."];
        }

        if (limit is < 1 or > MaxParts)
        {
            errors["limit"] = [$"The limit is from 1 to {MaxParts}."];
        }

        var date = ParseDate(on, time, errors);

        // A type-ahead asks for a screenful; a short prefix then reads a few hundred rows, not thousands.
        var take = limit ?? MaxParts;

        // Only the columns the answer needs, not tracked entities.
        var rows = errors.Count > 0 ? [] : await Query(db, modelCode, regionCode, search, date).Take(take * 8)
            .Select(p => new Row(p.PartNumberKey, p.PartNumber, p.PartName, p.Position, p.Channel, p.Price, p.EffectiveFrom, p.CatalogueVersion))
            .ToListAsync(ct);

        // Rows prove the model and region exist; only an empty or invalid request pays for the two checks.
        if (rows.Count == 0)
        {
            await CheckCodesAsync(db, modelCode, regionCode, errors, ct);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var parts = rows
            .GroupBy(p => p.PartNumberKey)
            .Select(ToItem)
            .OrderBy(p => p.PartName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.PartNumber, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new Response(modelCode, regionCode, date, parts.Take(take).ToList(), parts.Count > take || rows.Count == take * 8));
    }

    private static async Task CheckCodesAsync(ClaimsDbContext db, string modelCode, string regionCode, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (modelCode.Length > 0 && !await db.VehicleModels.AnyAsync(m => m.Code == modelCode, ct))
        {
            errors["model"] = [$"Unknown vehicle model '{modelCode}'."];
        }

        if (regionCode.Length > 0 && !await db.Regions.AnyAsync(r => r.Code == regionCode, ct))
        {
            errors["region"] = [$"Unknown region '{regionCode}'."];
        }
    }

    /// <summary>Prefix ranges on the normalised columns, so (model, region, key) indexes serve the search.</summary>
    private static IQueryable<PartPrice> Query(ClaimsDbContext db, string model, string region, string search, DateOnly on)
    {
        var rows = db.PartPrices.AsNoTracking()
            .Where(p => p.ModelCode == model && p.RegionCode == region)
            .Where(p => p.EffectiveFrom <= on && (p.EffectiveTo == null || p.EffectiveTo >= on));
        if (search.Length == 0)
        {
            return rows;
        }

        var name = SearchKeys.Name(search);
        var nameEnd = SearchKeys.PrefixUpperBound(name);
        var number = SearchKeys.PartNumber(search);
        if (number.Length == 0)
        {
            return rows.Where(p => string.Compare(p.NameKey, name) >= 0 && string.Compare(p.NameKey, nameEnd) < 0);
        }

        var numberEnd = SearchKeys.PrefixUpperBound(number);
        return rows.Where(p =>
            (string.Compare(p.NameKey, name) >= 0 && string.Compare(p.NameKey, nameEnd) < 0)
            || (string.Compare(p.PartNumberKey, number) >= 0 && string.Compare(p.PartNumberKey, numberEnd) < 0));
    }

    /// <summary>Where catalogue versions overlap, the one in effect latest wins, channel by channel.</summary>
    private sealed record Row(
        string PartNumberKey, string PartNumber, string PartName, string Position, PriceChannel Channel, decimal Price, DateOnly EffectiveFrom, string CatalogueVersion);

    private static PartItem ToItem(IEnumerable<Row> rows)
    {
        var current = rows.GroupBy(r => r.Channel)
            .Select(g => g.OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.CatalogueVersion, StringComparer.Ordinal).First())
            .ToList();
        decimal? Price(PriceChannel channel) => current.FirstOrDefault(r => r.Channel == channel)?.Price;
        var head = current.OrderBy(r => r.Channel).First();
        return new PartItem(head.PartNumber, head.PartName, head.Position, head.CatalogueVersion,
            new ChannelPrices(Price(PriceChannel.FourS), Price(PriceChannel.Oem), Price(PriceChannel.Aftermarket), Price(PriceChannel.Used)));
    }

    internal static DateOnly ParseDate(string? on, TimeProvider time, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(on))
        {
            return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        }

        if (DateOnly.TryParseExact(on.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors["on"] = [$"'{on}' is not a date like 2026-01-31."];
        return default;
    }
}
