using Claims.Domain.Renewals;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Fixtures;

public static class AppFactoryExtensions
{
    /// <summary>Runs work against the app's database in a fresh scope, as a request would.</summary>
    public static async Task<T> WithDbAsync<T>(this WebApplicationFactory<Program> factory, Func<ClaimsDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ClaimsDbContext>());
    }

    public static Task WithDbAsync(this WebApplicationFactory<Program> factory, Func<ClaimsDbContext, Task> work) =>
        factory.WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    /// <summary>The offered renewals whose policyholder has an e-mail address: the ones a renewal notice is mailed for.</summary>
    public static Task<List<MailedOffer>> MailedOffersAsync(this WebApplicationFactory<Program> factory) =>
        factory.WithDbAsync(db => (from o in db.Set<RenewalOffer>()
                                   join p in db.Policies on o.PolicyId equals p.Id
                                   join h in db.Policyholders on p.PolicyholderId equals h.Id
                                   where o.Status == RenewalOfferStatus.Offered && h.Email != null
                                   select new MailedOffer(o.PolicyId, o.PolicyNumber, h.Email!)).ToListAsync());
}

public sealed record MailedOffer(Guid PolicyId, string PolicyNumber, string Email);
