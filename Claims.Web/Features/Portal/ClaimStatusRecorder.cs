using Claims.Domain.Claims;
using Claims.Domain.Portal;
using Claims.Web.Features.Portal.Contracts;
using Claims.Web.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Claims.Web.Features.Portal;

/// <summary>
/// Whatever changes a claim's status (notice, workflow step, payment, close), the change is recorded with its time and a
/// <see cref="ClaimStatusChanged"/> goes to the outbox in the same save: the timeline and the mails need no call in each path.
/// </summary>
public sealed class ClaimStatusRecorder(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        var changed = db.ChangeTracker.Entries<Claim>()
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && !Equals(e.Property(c => c.Status).OriginalValue, e.Property(c => c.Status).CurrentValue)))
            .Select(e => e.Entity).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var claim in changed)
        {
            var status = claim.Status.ToString();
            if (claim.Status != ClaimStatus.Notified && db.Entry(claim).State == EntityState.Added)
            {
                // A notice whose workflow moved on before the first save: the report itself is a step of the timeline too.
                db.Add(ClaimStatusChange.Of(Guid.CreateVersion7(time.GetUtcNow()), claim.Id, nameof(ClaimStatus.Notified), claim.ReportedAt));
            }

            db.Add(ClaimStatusChange.Of(Guid.CreateVersion7(time.GetUtcNow()), claim.Id, status, now));
            db.AddOutboxMessage(new ClaimStatusChanged(claim.Id, claim.Number, status, now), now);
        }

        // Interceptors run in registration order: the relay's signal may have looked before these rows were added.
        OutboxSignalInterceptor.Expect(db);
    }
}
