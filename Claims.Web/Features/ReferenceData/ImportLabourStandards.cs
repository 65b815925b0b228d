using Claims.Domain.Estimates.Import;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.ReferenceData;

/// <summary>POST /api/reference-data/labour-standards: replaces the (version, region) labour-hour tables the file holds.</summary>
public static class ImportLabourStandards
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/reference-data/labour-standards", Handle)
            .AcceptsCsv()
            .WithSummary("Import a labour-hour standard CSV (docs/reference-data-csv.md); all lines or none.");

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Handle(HttpRequest request, ClaimsDbContext db, CancellationToken ct)
    {
        var (text, problem) = await CsvUpload.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        var parsed = LabourStandardsCsv.Parse(text!);
        var regions = (await db.Regions.Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = parsed.Errors.Concat(CsvUpload.Unknown(parsed.Rows, s => s.RegionCode, regions, "region")).ToList();
        if (errors.Count > 0)
        {
            return CsvUpload.Invalid(errors);
        }

        var rows = parsed.Rows.Select(r => r.Value).ToList();
        return TypedResults.Ok(await CsvUpload.ReplaceAsync(
            db, rows, s => (s.Version, s.RegionCode),
            (version, region, token) => db.LabourStandards.Where(s => s.Version == version && s.RegionCode == region).ExecuteDeleteAsync(token),
            ct));
    }
}
