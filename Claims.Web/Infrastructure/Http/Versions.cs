using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Http;

public enum VersionCheck { Current, Stale, Malformed }

/// <summary>Optimistic concurrency over HTTP: a write sends back the version it read (If-Match), the database refuses a stale one.</summary>
public static class Versions
{
    public const string IfMatch = "If-Match";

    /// <summary>The weak ETag of a record version, as answered on reads and saves.</summary>
    public static string ETag(int version) => $"W/\"{version}\"";

    /// <summary>
    /// Makes the save conditional on the version the client read: EF's UPDATE … WHERE Version = @expected then affects
    /// no row when someone else saved first, whichever check passed here. No header: the version this request loaded.
    /// </summary>
    public static VersionCheck Expect(DbContext db, object entity, string property, string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return VersionCheck.Current;
        }

        var text = ifMatch.Trim();
        text = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        if (!int.TryParse(text.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expected))
        {
            return VersionCheck.Malformed;
        }

        var version = db.Entry(entity).Property(property);
        if (!Equals(version.CurrentValue, expected))
        {
            return VersionCheck.Stale;
        }

        version.OriginalValue = expected;
        return VersionCheck.Current;
    }

    public static IResult Problem(VersionCheck check) => check == VersionCheck.Malformed
        ? TypedResults.Problem("If-Match carries the version you read, e.g. W/\"3\".", statusCode: StatusCodes.Status400BadRequest, title: "The request is malformed.")
        : TypedResults.Problem(ConflictExceptionHandler.ReloadMessage, statusCode: StatusCodes.Status409Conflict, title: "The record was changed by someone else.");
}
