using Claims.Domain.Estimates.Import;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.ReferenceData;

/// <summary>POST /api/reference-data/hourly-rates: replaces the (version, region) hourly labour rates the file holds.</summary>
public static class ImportHourlyRates
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/reference-data/hourly-rates", Handle)
            .AcceptsCsv()
            .WithSummary("Import hourly labour rates by region and shop class (docs/reference-data-csv.md); all lines or none.");

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Handle(HttpRequest request, ClaimsDbContext db, CancellationToken ct)
    {
        var (text, problem) = await CsvUpload.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        var parsed = HourlyRatesCsv.Parse(text!);
        var regions = (await db.Regions.Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = parsed.Errors.Concat(CsvUpload.Unknown(parsed.Rows, r => r.RegionCode, regions, "region")).ToList();
        if (errors.Count > 0)
        {
            return CsvUpload.Invalid(errors);
        }

        var rows = parsed.Rows.Select(r => r.Value).ToList();
        return TypedResults.Ok(await CsvUpload.ReplaceAsync(
            db, rows, r => (r.Version, r.RegionCode),
            (version, region, token) => db.HourlyRates.Where(r => r.Version == version && r.RegionCode == region).ExecuteDeleteAsync(token),
            ct));
    }
}
