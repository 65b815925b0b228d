using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Financials;
using Claims.Web.Features.Financials;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>Claim money through the ledger's handlers: payees, partial and final payments, the bank export, reserve changes.</summary>
public static class DemoMoney
{
    /// <summary>The repair shop as the claim's payee (so the approved claim is paid payment by payment); none when nothing is payable.</summary>
    public static async Task AddPayeeAsync(DemoBook book, Claim recorded, string shop, CancellationToken ct)
    {
        var claim = await DemoClaims.LoadAsync(book, recorded.Id);
        if (claim.Totals.Payable.Amount < 100m)
        {
            return;
        }

        var serial = book.NextSerial();
        var account = $"CN{10 + (serial % 90)}6222{serial:D12}";
        var request = new AddPayee.Request(nameof(PayeeKind.RepairShop), shop, account, claim.RegionCode == "SH" ? "Bank of Shanghai" : "Bank of China");
        var result = await book.InScopeAsync(sp => AddPayee.Handle(claim.Id, request, Adjuster(claim), sp.GetRequiredService<ClaimsDbContext>(),
            sp.GetRequiredService<TimeProvider>(), ct));
        if (result is not Created<GetFinancials.PayeeView>)
        {
            throw new InvalidOperationException($"The payee of {claim.Number} was refused: {DemoBook.Describe(result)}");
        }
    }

    /// <summary>A payment to the claim's first payee, of the own-damage repair.</summary>
    public static async Task PayAsync(DemoBook book, Claim claim, decimal amount, bool final, CancellationToken ct)
    {
        var result = await book.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ClaimsDbContext>();
            var payee = await db.Set<Payee>().AsNoTracking().Where(p => p.ClaimId == claim.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(ct);
            return await MakePayment.Handle(claim.Id, new MakePayment.Request(payee, nameof(CostCategory.OwnDamageRepair), amount, final, null),
                Adjuster(claim), db, sp.GetRequiredService<TimeProvider>(), ct);
        });
        if (result is not Created<GetFinancials.PaymentView>)
        {
            throw new InvalidOperationException($"The payment on {claim.Number} was refused: {DemoBook.Describe(result)}");
        }
    }

    /// <summary>The approved claim is paid in part, then finally; the admin exports the day's bank file; the adjuster closes it.</summary>
    public static async Task PayAndCloseAsync(DemoBook book, Guid id, DateTime approved, CancellationToken ct)
    {
        var claim = await DemoClaims.LoadAsync(book, id);
        var payable = claim.Totals.Payable.Amount;
        var partial = Math.Round(payable * 0.4m, 2);
        book.At(approved.AddDays(1 + book.Random.Next(0, 3)));
        await PayAsync(book, claim, partial, final: false, ct);
        var paidAt = book.At(approved.AddDays(4 + book.Random.Next(0, 6)));
        await PayAsync(book, claim, payable - partial, final: true, ct);
        book.At(paidAt.AddHours(6));
        await ExportAsync(book, ct);
        await book.CompleteAsync(claim.WorkflowInstanceId, SettlementValidator.Kind, "Close", null, ct);
    }

    /// <summary>The admin's bank file of the day's unexported payments (none when nothing is left).</summary>
    public static Task ExportAsync(DemoBook book, CancellationToken ct) =>
        book.InScopeAsync(sp => ExportPayments.Handle(new ExportPayments.Request(null), DemoBook.User(DemoBook.UserFor(Roles.Admin), Roles.Admin),
            sp.GetRequiredService<ClaimsDbContext>(), sp.GetRequiredService<TimeProvider>(), ct));

    /// <summary>The adjuster sets a category's reserve (applied within authority, else waiting for a senior); the handler's answer.</summary>
    public static async Task<IResult> ChangeReserveAsync(DemoBook book, Claim claim, decimal reserve, string reason, CancellationToken ct)
    {
        var result = await book.InScopeAsync(sp => ChangeReserve.Handle(claim.Id, new ChangeReserve.Request(nameof(CostCategory.OwnDamageRepair), reserve, reason),
            Adjuster(claim), sp.GetRequiredService<ClaimsDbContext>(), sp.GetRequiredService<MoneyOptions>(), sp.GetRequiredService<TimeProvider>(), ct));
        if (result is IStatusCodeHttpResult { StatusCode: >= 300 })
        {
            throw new InvalidOperationException($"The reserve change on {claim.Number} was refused: {DemoBook.Describe(result)}");
        }

        await book.PumpAsync(ct);
        return result;
    }

    private static System.Security.Claims.ClaimsPrincipal Adjuster(Claim claim) =>
        DemoBook.User(claim.AssignedAdjuster ?? DemoBook.UserFor(Roles.LossAdjuster), Roles.LossAdjuster);
}
