using System.Security.Cryptography;
using System.Text;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Idempotency;

/// <summary>
/// POST /api/… with an <c>Idempotency-Key</c> header creates at most once per user and route: the key's row joins the
/// create's own SaveChanges (the same transaction; its primary key decides a race, no check-then-write), the answer is
/// stored after it, and a retry gets that answer again (same status, Location and body). The same key with another
/// request is a 422 problem; a key whose first request committed but never stored its answer (its node failed) is a final
/// 409 problem marked <c>Idempotency-Replayed: lost</c>.
/// </summary>
public sealed class IdempotencyKeys(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const int MaxKeyLength = 100;

    /// <summary>The <see cref="ReplayedHeader"/> value of a replay whose first request committed but never stored its answer.</summary>
    public const string LostAnswer = "lost";

    /// <summary>How long a retry waits for a first request, running in parallel, to store its answer.</summary>
    private static readonly TimeSpan AnswerWait = TimeSpan.FromSeconds(5);

    public async Task InvokeAsync(HttpContext http, ClaimsDbContext db, TimeProvider time)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.StartsWithSegments("/api")
            || !http.Request.Headers.TryGetValue(Header, out var header) || http.GetEndpoint() is not RouteEndpoint endpoint)
        {
            await next(http);
            return;
        }

        var key = header.ToString();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, $"{Header} must be 1 to {MaxKeyLength} characters.");
            return;
        }

        var user = http.User.Identity?.Name ?? "";
        var route = $"POST {endpoint.RoutePattern.RawText}";
        var scope = Sha256($"{user}\n{route}\n{key}");
        var requestHash = await RequestHashAsync(http.Request);
        if (await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope, http.RequestAborted) is { } earlier)
        {
            await ReplayAsync(http, db, earlier, requestHash);
            return;
        }

        var record = IdempotencyRecord.Begin(scope, user, route, key, requestHash, time.GetUtcNow().UtcDateTime);
        db.Add(record);
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        catch (DbUpdateException ex) when (DbErrors.IsDuplicateKey(ex) && db.Entry(record).State == EntityState.Added)
        {
            // A parallel request with this key committed first, so this one's create rolled back with the key's row.
            db.Entry(record).State = EntityState.Detached;
            if (!await db.Set<IdempotencyRecord>().AsNoTracking().AnyAsync(r => r.Scope == scope, CancellationToken.None))
            {
                throw; // another unique key: the handler's own error
            }

            http.Response.Body = original;
            http.Response.Clear();
            await ReplayWinnerAsync(http, db, record);
            return;
        }
        finally
        {
            http.Response.Body = original;
        }

        var committed = db.Entry(record).State == EntityState.Unchanged;
        db.Entry(record).State = EntityState.Detached;
        if (committed)
        {
            await StoreAnswerAsync(db, http.Response, scope, buffer.ToArray());
        }
        else if (await db.Set<IdempotencyRecord>().AsNoTracking().AnyAsync(r => r.Scope == scope, CancellationToken.None))
        {
            // The handler turned the duplicate key into an answer of its own; the first request's answer is the one to give.
            http.Response.Clear();
            await ReplayWinnerAsync(http, db, record);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static Task StoreAnswerAsync(ClaimsDbContext db, HttpResponse response, string scope, byte[] body)
    {
        var status = response.StatusCode;
        var location = response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
        var contentType = response.ContentType;
        var text = Encoding.UTF8.GetString(body);
        return db.Set<IdempotencyRecord>().Where(r => r.Scope == scope).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, status)
            .SetProperty(r => r.Location, location)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Body, text), CancellationToken.None);
    }

    private static async Task ReplayWinnerAsync(HttpContext http, ClaimsDbContext db, IdempotencyRecord mine)
    {
        db.Entry(mine).State = EntityState.Detached;
        var winner = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Scope == mine.Scope, CancellationToken.None);
        await ReplayAsync(http, db, winner, mine.RequestHash);
    }

    private static async Task ReplayAsync(HttpContext http, ClaimsDbContext db, IdempotencyRecord earlier, string requestHash)
    {
        if (earlier.RequestHash != requestHash)
        {
            await ProblemAsync(http, StatusCodes.Status422UnprocessableEntity,
                $"This {Header} was used with a different request; use a new key for a new request.");
            return;
        }

        var answered = earlier;
        var deadline = DateTime.UtcNow + AnswerWait;
        while (answered.StatusCode is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, http.RequestAborted);
            answered = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Scope == earlier.Scope, http.RequestAborted);
        }

        if (answered.StatusCode is not { } status)
        {
            // The key's row commits with the create, and its answer is written milliseconds later: a row still unanswered
            // after the wait belongs to a request whose node failed in between. Retrying cannot help, so say so, once and for all.
            http.Response.Headers[ReplayedHeader] = LostAnswer;
            await ProblemAsync(http, StatusCodes.Status409Conflict,
                $"The first request with this {Header} was committed at {answered.CreatedAt:O}, but its answer was lost (the server failed before " +
                "sending it). Do not send it again: look the result up.");
            return;
        }

        http.Response.StatusCode = status;
        http.Response.Headers[ReplayedHeader] = "true";
        if (answered.Location is not null)
        {
            http.Response.Headers.Location = answered.Location;
        }

        if (answered.ContentType is not null)
        {
            http.Response.ContentType = answered.ContentType;
        }

        await http.Response.WriteAsync(answered.Body ?? "", http.RequestAborted);
    }

    private static Task ProblemAsync(HttpContext http, int status, string detail) =>
        Results.Problem(detail, statusCode: status).ExecuteAsync(http);

    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
