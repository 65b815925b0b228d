using System.Security.Claims;
using Claims.Domain.Common;
using Claims.Domain.Documents;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Documents;

/// <summary>POST /api/documents/ranges: head office stock (no parent) or a sub-range passed down from a parent range.</summary>
public static class AllocateRange
{
    public sealed record Request(Guid? ParentRangeId, string? Type, string? HolderKind, string? HolderCode, long From, long To);

    public sealed record Response(Guid Id, string Type, string HolderCode, long From, long To);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/documents/ranges", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Documents")
            .Produces<Response>(StatusCodes.Status201Created)
            .WithSummary("Allocate a serial range to a holder.");

    public static async Task<IResult> Handle(Request request, ClaimsPrincipal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (range, error) = await AllocateAsync(db, request, user.UserName(), time.GetUtcNow().UtcDateTime, ct);
        if (range is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["range"] = [error!] });
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/documents/ranges/{range.Id}", new Response(range.Id, range.Type.ToString(), range.HolderCode, range.From, range.To));
    }

    /// <summary>Stages the allocation (the page uses it too), or says why not.</summary>
    public static async Task<(SerialRange? Range, string? Error)> AllocateAsync(ClaimsDbContext db, Request request, string by, DateTime now, CancellationToken ct)
    {
        if (request.ParentRangeId is null)
        {
            if (!EnumText.TryParse<DocumentType>(request.Type, out var type))
            {
                return (null, $"Type must be one of: {EnumText.Names<DocumentType>()}.");
            }

            var overlaps = await db.SerialRanges.AnyAsync(r => r.ParentId == null && r.Type == type && request.From <= r.To && request.To >= r.From, ct);
            if (overlaps || request.From < 1 || request.To < request.From)
            {
                return (null, $"{request.From}–{request.To} is empty or overlaps head office stock.");
            }

            var stock = SerialRange.HeadOfficeStock(Guid.CreateVersion7(), type, request.From, request.To, now, by);
            db.SerialRanges.Add(stock);
            return (stock, null);
        }

        var parent = await db.SerialRanges.FindAsync([request.ParentRangeId.Value], ct);
        if (parent is null)
        {
            return (null, "The parent range does not exist.");
        }

        if (!EnumText.TryParse<HolderKind>(request.HolderKind, out var kind) || string.IsNullOrWhiteSpace(request.HolderCode) || request.HolderCode.Length > 40)
        {
            return (null, "Name the holder: a kind (Branch or Agent) and a code of at most 40 characters.");
        }

        var children = await db.SerialRanges.Where(r => r.ParentId == parent.Id).ToListAsync(ct);
        if (parent.CheckAllocation(kind, request.From, request.To, children) is { } error)
        {
            return (null, error);
        }

        var range = parent.AllocateTo(Guid.CreateVersion7(), kind, request.HolderCode, request.From, request.To, children, now, by);
        db.SerialRanges.Add(range);
        return (range, null);
    }
}
