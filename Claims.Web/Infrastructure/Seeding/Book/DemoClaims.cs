using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Claims.Web.Features.Claims;
using Claims.Web.Features.Tasks;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Demo;
using Claims.Workflows.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>How the surveying adjuster's estimate turns out: within the catalogue, a price over it, or above their authority.</summary>
public enum DemoEstimate { Catalogue, OverCatalogue, AboveAuthority }

/// <summary>Claim steps through the claim handlers (<see cref="ReportClaim"/>, <see cref="RecordEstimate"/>, <see cref="SubmitEstimate"/>) and the motor-claim workflow.</summary>
public static class DemoClaims
{
    private static readonly string[] Places =
    [
        "Yan'an Elevated Road near Jiangsu Road exit", "Inner Ring Road, Caoxi interchange", "Chang'an Avenue at Xidan", "Third Ring Road, Guomao bridge",
        "Tianhe Road at Tiyu Xilu", "Shennan Boulevard near Futian station", "Supermarket car park, level B2", "Residential compound gate",
    ];

    private static readonly string[] LabourPositions = ["BUMPER_FRONT", "BONNET"];

    /// <summary>Policies with own-damage cover in force through the book's date, in a stable order, that started before <paramref name="before"/>.</summary>
    public static Task<List<Policy>> PoliciesAsync(DemoBook book, string region, DateOnly before) =>
        book.InScopeAsync(async sp => (await sp.GetRequiredService<ClaimsDbContext>().Policies.AsNoTracking()
                .Where(p => p.RegionCode == region && p.Status == PolicyStatus.InForce && p.StartDate < before && p.ExpiryDate > book.AsOfDate)
                .OrderBy(p => p.Number).ToListAsync())
            .Where(p => (p.Covers & Cover.OwnDamage) == Cover.OwnDamage).ToList());

    /// <summary>First notice of a loss <paramref name="lossAt"/>, reported a few hours later; the claim's id.</summary>
    public static async Task<Guid> ReportAsync(DemoBook book, Policy policy, DateTime lossAt, CancellationToken ct, string? liability = null)
    {
        var random = book.Random;
        book.At(lossAt.AddHours(random.Next(2, 6)));
        var drawn = random.PickWeighted<string>([("Full", 6), ("Major", 2), ("Equal", 1), ("Minor", 1)]);
        liability ??= drawn;
        var request = new ReportClaim.Request(policy.Number, new DateTimeOffset(lossAt, TimeSpan.Zero), random.Pick(Places), null,
            random.PickWeighted<string>([("Collision", 7), ("SingleVehicle", 2), ("Vandalism", 1)]), "Damage to the front of the vehicle; driven to the shop.",
            liability, false, true, liability == "Full" ? 0 : 1, null, random.Pick<string>(["Phone", "App", "Agent"]));
        var result = await book.InScopeAsync(sp => ReportClaim.Handle(request, DemoBook.User("admin", Roles.Admin), sp.GetRequiredService<ClaimsDbContext>(),
            sp.GetRequiredService<WorkflowHost>(), sp.GetRequiredService<ClaimRules>(), sp.GetRequiredService<Features.Financials.MoneyOptions>(),
            sp.GetRequiredService<Features.Fraud.FraudAssessor>(), sp.GetRequiredService<TimeProvider>(), ct));
        var created = result as Created<ReportClaim.Response> ?? throw new InvalidOperationException($"The demo claim on {policy.Number} was refused: {DemoBook.Describe(result)}");
        await book.PumpAsync(ct);
        return created.Value!.Id;
    }

    /// <summary>
    /// The surveying adjuster uploads the required evidence, records and submits an estimate at <paramref name="at"/>; the
    /// workflow then checks prices and authority. With <paramref name="payee"/> the repair shop is paid payment by payment.
    /// </summary>
    public static async Task EstimateAsync(DemoBook book, Guid claimId, DateTime at, DemoEstimate kind, ShopClass shop, CancellationToken ct, bool payee = false)
    {
        var (claim, adjuster, request) = await RecordAsync(book, claimId, at, kind, shop, ct);
        await DemoEvidence.AttachRequiredAsync(book, claim, claim.AssignedAdjuster!, ct);
        if (payee)
        {
            await DemoMoney.AddPayeeAsync(book, claim, request.RepairShop ?? "Repair shop", ct);
        }

        var submitted = await book.InScopeAsync(sp => SubmitEstimate.Handle(claimId, adjuster, sp.GetRequiredService<ClaimsDbContext>(),
            sp.GetRequiredService<TaskCompleter>(), ct));
        if (submitted is IStatusCodeHttpResult { StatusCode: >= 300 })
        {
            throw new InvalidOperationException($"The demo estimate of {claim.Number} was not submitted: {DemoBook.Describe(submitted)}");
        }

        await book.PumpAsync(ct);
    }

    /// <summary>The surveying adjuster records (saves, does not submit) an estimate at <paramref name="at"/>.</summary>
    public static async Task<(Claim Claim, System.Security.Claims.ClaimsPrincipal Adjuster, EstimateRequest Request)> RecordAsync(
        DemoBook book, Guid claimId, DateTime at, DemoEstimate kind, ShopClass shop, CancellationToken ct)
    {
        book.At(at);
        var claim = await LoadAsync(book, claimId);
        var adjuster = DemoBook.User(claim.AssignedAdjuster ?? throw new InvalidOperationException($"Claim {claim.Number} has no adjuster."),
            Roles.LossAdjuster, Roles.SeniorAdjuster);
        var request = await RequestAsync(book, claim, kind, shop);
        var saved = await book.InScopeAsync(sp => RecordEstimate.Save(claimId, request, null, adjuster, new DefaultHttpContext().Response,
            sp.GetRequiredService<ClaimsDbContext>(), sp.GetRequiredService<EstimatePricing>(), sp.GetRequiredService<ClaimRules>(),
            sp.GetRequiredService<Features.Fraud.FraudAssessor>(), sp.GetRequiredService<TimeProvider>(), ct));
        if (saved is not Ok<EstimateView>)
        {
            throw new InvalidOperationException($"The demo estimate of {claim.Number} was refused: {DemoBook.Describe(saved)}");
        }

        return (claim, adjuster, request);
    }

    /// <summary>A claim on the region's <paramref name="pick"/>th policy, lost and surveyed that many hours before the book's moment (full liability).</summary>
    public static async Task<Guid> SurveyedAsync(
        DemoBook book, string region, int pick, int lossHoursAgo, int surveyedHoursAgo, DemoEstimate kind, ShopClass shop, CancellationToken ct, bool payee = false)
    {
        var policies = await PoliciesAsync(book, region, book.AsOfDate.AddDays(-10));
        var id = await ReportAsync(book, policies[pick % policies.Count], book.AsOf.AddHours(-lossHoursAgo), ct, "Full");
        await EstimateAsync(book, id, book.AsOf.AddHours(-surveyedHoursAgo), kind, shop, ct, payee);
        return id;
    }

    /// <summary>Takes the claim through the checkpoint it waits at (price check, senior approval), days after <paramref name="surveyed"/>, and the bank export; true when it closed.</summary>
    public static async Task<bool> SettleAsync(DemoBook book, Guid id, DateTime surveyed, TimeSpan maxWait, CancellationToken ct)
    {
        var claim = await LoadAsync(book, id);
        var at = surveyed;
        if (claim.Status == ClaimStatus.PriceVerification)
        {
            at = book.At(at + (maxWait * (0.2 + (book.Random.NextDouble() * 0.8))));
            await book.CompleteAsync(claim.WorkflowInstanceId, "PriceVerification", "Verified", new { comment = "Dealer quote on file." }, ct);
            claim = await LoadAsync(book, id);
        }

        if (claim.Status == ClaimStatus.AwaitingApproval)
        {
            at = book.At(at + (maxWait * (0.2 + (book.Random.NextDouble() * 0.8))));
            await book.CompleteAsync(claim.WorkflowInstanceId, ClaimTasks.ReferralReview, "Accept", new { comment = "Within the repair standard." }, ct);
            claim = await LoadAsync(book, id);
        }

        if (claim.Status == ClaimStatus.Approved)
        {
            // A claim with payees is paid payment by payment, exported to the bank and closed by the adjuster.
            await DemoMoney.PayAndCloseAsync(book, id, at, ct);
            claim = await LoadAsync(book, id);
        }

        if (claim.Status == ClaimStatus.Paid)
        {
            // The straight-through payment goes out in the bank file; the claim closes once it is exported.
            await book.InScopeAsync(sp =>
            {
                var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                return Features.Financials.ExportPayments.CreateAsync(sp.GetRequiredService<ClaimsDbContext>(), DateOnly.FromDateTime(now), DemoBook.UserFor(Roles.Admin), now, ct);
            });
            await book.PumpAsync(ct);
            claim = await LoadAsync(book, id);
        }

        return claim.Status == ClaimStatus.Closed;
    }

    public static Task<Claim> LoadAsync(DemoBook book, Guid id) =>
        book.InScopeAsync(sp => sp.GetRequiredService<ClaimsDbContext>().Claims.AsNoTracking().SingleAsync(c => c.Id == id));

    private static Task<List<PartPrice>> PartsAsync(DemoBook book, Claim claim, PriceChannel channel) =>
        book.InScopeAsync(sp => sp.GetRequiredService<ClaimsDbContext>().PartPrices.AsNoTracking()
            .Where(p => p.ModelCode == claim.ModelCode && p.RegionCode == claim.RegionCode && p.Channel == channel)
            .OrderBy(p => p.PartNumber).ToListAsync());

    private static async Task<EstimateRequest> RequestAsync(DemoBook book, Claim claim, DemoEstimate kind, ShopClass shop)
    {
        var channel = shop == ShopClass.FourS ? PriceChannel.FourS : PriceChannel.Oem;
        var parts = await PartsAsync(book, claim, channel);
        if (parts.Count == 0)
        {
            channel = PriceChannel.FourS;
            parts = await PartsAsync(book, claim, channel);
        }

        var random = book.Random;
        var lines = new List<EstimateLineRequest>();
        foreach (var position in LabourPositions.Take(random.Next(1, LabourPositions.Length + 1)))
        {
            if (parts.FirstOrDefault(p => p.Position == position) is not { } part)
            {
                continue;
            }

            var price = kind == DemoEstimate.OverCatalogue && lines.Count == 0 ? Money.Of(part.Price * 1.3m).Amount : (decimal?)null;
            var quantity = kind == DemoEstimate.AboveAuthority && lines.Count == 0 ? (int)Math.Ceiling(26_000m / part.Price) : 1;
            lines.Add(new EstimateLineRequest("Part", part.PartNumber, channel.ToString(), quantity, price, null, null, null, null));
            lines.Add(new EstimateLineRequest("Labour", null, null, null, null, position, "Replace", null, null));
            lines.Add(new EstimateLineRequest("Paint", null, null, null, null, position, null, null, null));
        }

        foreach (var part in parts.Where(p => !LabourPositions.Contains(p.Position)).Skip(random.Next(0, 20)).Take(random.Next(0, 3)))
        {
            lines.Add(new EstimateLineRequest("Part", part.PartNumber, channel.ToString(), 1, null, null, null, null, null));
        }

        var salvage = random.Chance(0.3) ? random.Next(1, 6) * 50m : 0m;
        return new EstimateRequest(shop.ToString(), random.Chance(0.15), salvage, lines,
            shop == ShopClass.FourS ? $"{claim.RegionCode} 4S dealer" : random.Pick<string>(["Huatong Auto Repair", "Jiali Motors", "Minsheng Body Shop"]));
    }
}
