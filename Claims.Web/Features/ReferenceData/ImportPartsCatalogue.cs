using Claims.Domain.Estimates.Import;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.ReferenceData;

/// <summary>POST /api/reference-data/parts-catalogue: replaces the (version, region) slices of the parts price catalogue the file holds.</summary>
public static class ImportPartsCatalogue
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/reference-data/parts-catalogue", Handle)
            .AcceptsCsv()
            .WithSummary("Import a parts price catalogue CSV (docs/reference-data-csv.md); all lines or none.");

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Handle(HttpRequest request, ClaimsDbContext db, CancellationToken ct)
    {
        var (text, problem) = await CsvUpload.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        var parsed = PartsCatalogueCsv.Parse(text!);
        var models = (await db.VehicleModels.Select(m => m.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var regions = (await db.Regions.Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = parsed.Errors
            .Concat(CsvUpload.Unknown(parsed.Rows, p => p.ModelCode, models, "vehicle model"))
            .Concat(CsvUpload.Unknown(parsed.Rows, p => p.RegionCode, regions, "region"))
            .ToList();
        if (errors.Count > 0)
        {
            return CsvUpload.Invalid(errors);
        }

        var rows = parsed.Rows.Select(r => r.Value).ToList();
        return TypedResults.Ok(await CsvUpload.ReplaceAsync(
            db, rows, p => (p.CatalogueVersion, p.RegionCode),
            (version, region, token) => db.PartPrices.Where(p => p.CatalogueVersion == version && p.RegionCode == region).ExecuteDeleteAsync(token),
            ct));
    }
}
