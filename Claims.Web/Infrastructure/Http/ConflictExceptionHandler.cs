using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Http;

/// <summary>A write that lost a race (stale version, unique key taken) is the user's cue to reload: 409, never 500.</summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string ReloadMessage = "Someone else changed this record while you were working on it. Reload to see the current version, then try again.";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not DbUpdateException db || (db is not DbUpdateConcurrencyException && !DbErrors.IsDuplicateKey(db)))
        {
            return false;
        }

        if (Security.ErrorResponses.WantsPage(http.Request))
        {
            await Security.ErrorResponses.WritePageAsync(http, StatusCodes.Status409Conflict, ReloadMessage);
            return true;
        }

        http.Response.StatusCode = StatusCodes.Status409Conflict;
        await Security.ErrorResponses.WriteAsync(problems, new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status409Conflict, Title = "The record was changed by someone else.", Detail = ReloadMessage },
        });
        return true;
    }
}

/// <summary>A value beyond its column's bounds that validation did not name: 400 with the field, and nothing written.</summary>
internal sealed class BoundsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BoundsException bounds)
        {
            return false;
        }

        if (Security.ErrorResponses.WantsPage(http.Request))
        {
            var fields = string.Join("; ", bounds.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
            await Security.ErrorResponses.WritePageAsync(http, StatusCodes.Status400BadRequest, $"Nothing was saved. These values are out of bounds: {fields}");
            return true;
        }

        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await Security.ErrorResponses.WriteAsync(problems, new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(bounds.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more values are out of bounds.",
            },
        });
        return true;
    }
}
