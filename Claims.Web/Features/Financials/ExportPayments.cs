using System.Globalization;
using System.Text;
using Claims.Domain.Financials;
using Claims.Web.Features.Kpis;
using Claims.Web.Features.Workflows.Contracts;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Financials;

/// <summary>
/// POST /api/payment-exports: the day's bank file of every live payment not yet exported (up to the day's end), with a
/// control line (count, total); the payments are marked exported in the same transaction and each claim's workflow hears PaymentsExported. Run again with nothing new, it
/// answers the day's last file and writes nothing. GET /api/payment-exports/{id} downloads the CSV.
/// </summary>
public static class ExportPayments
{
    /// <summary>Sent to each exported claim's workflow.</summary>
    public const string MessageName = "PaymentsExported";

    public sealed record Request(DateOnly? Day);

    public sealed record Response(Guid? Id, DateOnly Day, int Count, decimal ControlTotal, DateTime? CreatedAt, string? Download);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payment-exports", Handle)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Claim money")
            .Produces<Response>(StatusCodes.Status201Created).Produces<Response>().ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem()
            .WithSummary("Export the day's unexported payments as one bank file (201); with nothing new, the day's last file (200).");
        app.MapGet("/api/payment-exports/{id:guid}", Download)
            .RequireAuthorization(Policies.Admins)
            .WithTags("Claim money")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Download a payment export file (CSV with a control line).");
    }

    public static async Task<IResult> Handle(Request request, Principal user, ClaimsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var day = request.Day ?? DateOnly.FromDateTime(now);
        if (day.Year < 2000 || day > DateOnly.FromDateTime(now))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["day"] = ["A day from 2000 up to today."] });
        }

        var export = await CreateAsync(db, day, user.UserName(), now, ct);
        if (export is not null)
        {
            return TypedResults.Created($"/api/payment-exports/{export.Id}", View(export));
        }

        var last = await db.Set<PaymentExport>().AsNoTracking().Where(e => e.Day == day).OrderByDescending(e => e.CreatedAt).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(last is null ? new Response(null, day, 0, 0m, null, null) : View(last));
    }

    /// <summary>Writes the file and its lines, or returns null when nothing is left to export. A racing export of the same payments loses on their key (409).</summary>
    public static async Task<PaymentExport?> CreateAsync(ClaimsDbContext db, DateOnly day, string by, DateTime now, CancellationToken ct)
    {
        var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var payments = await (
            from p in db.Set<LedgerEntry>().AsNoTracking()
            where p.Kind == TransactionKind.Payment && p.At < end
                && !db.Set<PaymentExportLine>().Any(l => l.PaymentId == p.Id)
                && !db.Set<LedgerEntry>().Any(v => v.Voids == p.Id)
            join c in db.Claims.AsNoTracking() on p.ClaimId equals c.Id
            join payee in db.Set<Payee>().AsNoTracking() on p.PayeeId equals payee.Id into payees
            from payee in payees.DefaultIfEmpty()
            select new { p.Id, p.ClaimId, p.Reference, c.Number, Payee = payee == null ? null : payee.Name, Kind = payee == null ? (PayeeKind?)null : payee.Kind,
                Account = payee == null ? null : payee.Account, Bank = payee == null ? null : payee.Bank, p.Category, p.Amount.Amount, p.At })
            .ToListAsync(ct);
        if (payments.Count == 0)
        {
            return null;
        }

        payments = payments.OrderBy(p => p.At).ThenBy(p => p.Reference, StringComparer.Ordinal).ToList();
        var csv = new StringBuilder(CsvText.Write(
            ["reference", "claim", "payee", "payee_kind", "account", "bank", "category", "amount", "paid_at"],
            payments.Select(p => new object?[]
            {
                p.Reference, p.Number, p.Payee ?? "Policyholder (straight-through)", p.Kind?.ToString() ?? nameof(PayeeKind.Policyholder), p.Account, p.Bank,
                p.Category.ToString(), p.Amount, p.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            })));
        var amounts = payments.Select(p => p.Amount).ToList();
        csv.Append(CultureInfo.InvariantCulture, $"CONTROL,{amounts.Count},{amounts.Sum().ToString("0.00", CultureInfo.InvariantCulture)}\r\n");
        var export = PaymentExport.Create(Guid.CreateVersion7(), day, amounts, csv.ToString(), by, now);
        db.Add(export);
        db.AddRange(payments.Select(p => PaymentExportLine.Of(p.Id, export.Id)));
        foreach (var claimId in payments.Select(p => p.ClaimId).Distinct())
        {
            // A claim whose payments were waiting for the bank file may now close (the workflow's export checkpoint).
            db.AddOutboxMessage(new DeliverWorkflowMessage(MessageName, $"claim:{claimId}", null), now);
        }

        await db.SaveChangesAsync(ct);
        return export;
    }

    public static async Task<IResult> Download(Guid id, ClaimsDbContext db, CancellationToken ct)
    {
        var export = await db.Set<PaymentExport>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);
        return export is null
            ? TypedResults.Problem($"Payment export {id} does not exist.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.File(Encoding.UTF8.GetBytes(export.Csv), "text/csv", $"payments-{export.Day:yyyy-MM-dd}-{export.CreatedAt:HHmmss}.csv");
    }

    private static Response View(PaymentExport e) => new(e.Id, e.Day, e.Count, e.ControlTotal, e.CreatedAt, $"/api/payment-exports/{e.Id}");
}
