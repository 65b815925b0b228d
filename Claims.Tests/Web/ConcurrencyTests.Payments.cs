using System.Net;
using Claims.Domain.Financials;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static Claims.Tests.Builders.MoneyScenarios;

namespace Claims.Tests.Web;

/// <summary>The ledger is the only writer of money: parallel payments of one claim's whole settlement pay it once.</summary>
public sealed partial class ConcurrencyTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Payment_TenParallelFinalPaymentsOfTheSettlement_OnePaidRest409(DatabaseProvider provider)
    {
        var app = provider == DatabaseProvider.Sqlite ? DemoApp() : await DemoAppOnPostgresAsync();
        var adjusters = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ApiClients.ForAsync(app, "adjuster")));
        var claim = await ApprovedForPaymentsAsync(app, adjusters[0], 7);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            PayAsync(adjusters[i % 2], claim.Id, i % 2 == 0 ? claim.Shop : claim.Holder, claim.Payable, final: true))));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        output.WriteLine($"10 parallel final payments of {claim.Payable:N2} on {provider}: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} × {g.Key}")));
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.Equal(9, statuses.Count(s => s == 409));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict), r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        var payments = await app.WithDbAsync(db => db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.ClaimId == claim.Id && e.Kind == TransactionKind.Payment).Select(e => e.Amount.Amount).ToListAsync());
        Assert.Equal([claim.Payable], payments);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Payment_TenParallelPartialsThatTogetherExceedTheSettlement_OnePaidNeverAboveIt(DatabaseProvider provider)
    {
        var app = provider == DatabaseProvider.Sqlite ? DemoApp() : await DemoAppOnPostgresAsync();
        var adjusters = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ApiClients.ForAsync(app, "adjuster")));
        var claim = await ApprovedForPaymentsAsync(app, adjusters[0], 8);
        var part = global::Claims.Domain.Common.Money.Of(claim.Payable * 0.6m).Amount;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            PayAsync(adjusters[i % 2], claim.Id, i % 2 == 0 ? claim.Shop : claim.Holder, part))));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        output.WriteLine($"10 parallel partial payments of {part:N2} (60 % of {claim.Payable:N2}) on {provider}: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} × {g.Key}")));
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.All(statuses.Where(s => s != 201), s => Assert.True(s is 409 or 422, $"answered {s}"));
        Assert.All(responses.Where(r => !r.IsSuccessStatusCode), r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        var payments = await app.WithDbAsync(db => db.Set<LedgerEntry>().AsNoTracking()
            .Where(e => e.ClaimId == claim.Id && e.Kind == TransactionKind.Payment).Select(e => e.Amount.Amount).ToListAsync());
        Assert.Equal([part], payments);
    }
}
