using System.Text;
using Claims.Domain.Common.Csv;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Claims.Web.Features.ReferenceData;

public sealed record ImportedScope(string Version, string Region, int Rows);

public sealed record ImportResponse(int Imported, int Replaced, IReadOnlyList<ImportedScope> Scopes);

public sealed record LineError(int Line, string Message);

/// <summary>What the three CSV imports share: reading the upload, the 400 answer, and the all-or-nothing replace.</summary>
public static class CsvUpload
{
    /// <summary>The file as text: the body of a text/csv request, or the part named "file" (else the first) of a multipart form.</summary>
    public static async Task<(string? Text, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                return (null, TypedResults.Problem("The form holds no file; send the CSV in a part named 'file'.", statusCode: StatusCodes.Status400BadRequest));
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return (await reader.ReadToEndAsync(ct), null);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !(type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, TypedResults.Problem(
                "Send the file as a text/csv body or as multipart/form-data.", statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type"));
        }

        using var body = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (await body.ReadToEndAsync(ct), null);
    }

    public static ProblemHttpResult Invalid(IEnumerable<CsvError> errors)
    {
        var lines = errors.OrderBy(e => e.Line).Select(e => new LineError(e.Line, e.Message)).ToList();
        return TypedResults.Problem(
            $"{lines.Select(l => l.Line).Distinct().Count()} line(s) of the file are invalid; nothing was imported.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The file is invalid",
            extensions: new Dictionary<string, object?> { ["errors"] = lines });
    }

    /// <summary>Errors for rows naming a code the database does not know (regions, vehicle models).</summary>
    public static IEnumerable<CsvError> Unknown<T>(IEnumerable<CsvRow<T>> rows, Func<T, string> code, IReadOnlySet<string> known, string what) =>
        rows.Where(r => !known.Contains(code(r.Value))).Select(r => new CsvError(r.Line, $"Unknown {what} '{code(r.Value)}'."));

    /// <summary>In one transaction: delete each (version, region) the file holds, then insert the file's rows.</summary>
    public static async Task<ImportResponse> ReplaceAsync<T>(
        ClaimsDbContext db, IReadOnlyList<T> rows, Func<T, (string Version, string Region)> scopeOf,
        Func<string, string, CancellationToken, Task<int>> deleteScope, CancellationToken ct)
        where T : class
    {
        var scopes = rows.GroupBy(scopeOf).Select(g => new ImportedScope(g.Key.Version, g.Key.Region, g.Count()))
            .OrderBy(s => s.Version, StringComparer.Ordinal).ThenBy(s => s.Region, StringComparer.Ordinal).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        var replaced = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var deleted = 0;
            foreach (var scope in scopes)
            {
                deleted += await deleteScope(scope.Version, scope.Region, ct);
            }

            await db.InsertManyAsync(rows, ct);
            await transaction.CommitAsync(ct);
            return deleted;
        });
        return new ImportResponse(rows.Count, replaced, scopes);
    }

    public static RouteHandlerBuilder AcceptsCsv(this RouteHandlerBuilder builder) =>
        // One Accepts: the route matcher honours only the last one.
        builder.Accepts<string>("text/csv", "text/plain", "multipart/form-data")
            .RequireAuthorization(Infrastructure.Auth.Policies.Admins)
            .WithTags("Reference data")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
