using System.Security.Claims;
using Claims.Domain.Common;
using Claims.Domain.Documents;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Documents;

/// <summary>POST /api/documents/register: void an issued serial, or record a blank one as void, lost or destroyed (with a reason).</summary>
public static class RecordSerial
{
    public sealed record Request(string? Type, long Serial, string? Status, string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/documents/register", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Documents")
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Record a void, lost or destroyed serial.");

    public static async Task<IResult> Handle(Request request, ClaimsPrincipal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var error = await RecordAsync(db, request, user.UserName(), time.GetUtcNow().UtcDateTime, ct);
        if (error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["serial"] = [error] });
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<string?> RecordAsync(ClaimsDbContext db, Request request, string by, DateTime now, CancellationToken ct)
    {
        if (!EnumText.TryParse<DocumentType>(request.Type, out var type))
        {
            return $"Type must be one of: {EnumText.Names<DocumentType>()}.";
        }

        if (!EnumText.TryParse<SerialStatus>(request.Status, out var status) || status == SerialStatus.Issued)
        {
            return "Status must be Void, Lost or Destroyed.";
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return "A reason is required, at most 500 characters.";
        }

        var entry = await db.DocumentRegister.SingleOrDefaultAsync(e => e.Type == type && e.Serial == request.Serial, ct);
        if (entry is not null)
        {
            if (entry.Status != SerialStatus.Issued || status != SerialStatus.Void)
            {
                return $"Serial {request.Serial} is already {entry.Status}; only an issued serial can be voided.";
            }

            entry.Void(request.Reason, now, by);
            return null;
        }

        // The serial belongs to whoever holds it last down the chain: agent before branch before head office.
        var holders = await db.SerialRanges.Where(r => r.Type == type && r.From <= request.Serial && r.To >= request.Serial).ToListAsync(ct);
        var range = holders.OrderByDescending(r => r.HolderKind).FirstOrDefault();
        if (range is null)
        {
            return $"No range holds {type} {request.Serial}.";
        }

        db.DocumentRegister.Add(RegisterEntry.Blank(Guid.CreateVersion7(), range, request.Serial, status, request.Reason, now, by));
        return null;
    }
}
