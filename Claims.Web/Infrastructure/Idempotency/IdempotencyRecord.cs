using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Claims.Web.Infrastructure.Idempotency;

/// <summary>
/// One Idempotency-Key of one user on one route. Inserted by the create's own SaveChanges, so its primary key lets one
/// create in and fails every other; the answer is written just after, for replays.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    /// <summary>SHA-256 (hex) of user, route and key: bounded, whatever the key's length.</summary>
    public string Scope { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string Route { get; private set; } = "";
    public string Key { get; private set; } = "";

    /// <summary>SHA-256 (hex) of the path and body: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>Null until the answer is recorded (the create is committed, its answer not yet stored).</summary>
    public int? StatusCode { get; private set; }
    public string? Location { get; private set; }
    public string? ContentType { get; private set; }
    public string? Body { get; private set; }

    public static IdempotencyRecord Begin(string scope, string userName, string route, string key, string requestHash, DateTime now) => new()
    {
        Scope = scope,
        UserName = userName,
        Route = route,
        Key = key,
        RequestHash = requestHash,
        CreatedAt = now,
    };
}
