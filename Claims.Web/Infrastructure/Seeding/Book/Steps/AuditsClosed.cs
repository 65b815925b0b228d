using Claims.Domain.Common;
using Claims.Domain.Estimates;
using Claims.Domain.Reinspection;
using Claims.Web.Features.Reinspections;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>
/// History: the re-inspector re-prices the sampled claims (a part above the catalogue, labour over the standard) and the
/// adjuster accepts, closing each audit with its leakage (fresh audits in flight come from <see cref="AuditsOpen"/>).
/// </summary>
public sealed class AuditsClosed : IDemoStep
{
    public int Order => 30;

    public string Name => "audits closed";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var audits = await book.InScopeAsync(sp => sp.GetRequiredService<ClaimsDbContext>().ReinspectionAudits.AsNoTracking()
            .Where(a => a.Status == AuditStatus.ReEstimating).OrderBy(a => a.SampledAt).ToListAsync());
        var closed = 0;
        foreach (var audit in audits)
        {
            var task = await book.OpenTaskAsync(audit.WorkflowInstanceId, ReinspectionTasks.ReEstimate);
            if (task is null)
            {
                continue;
            }

            var at = book.At(audit.SampledAt.AddDays(2 + book.Random.Next(0, 10)));
            var user = task.AssigneeUser ?? DemoBook.UserFor(Roles.Reinspector);
            if (audit.Lines.FirstOrDefault(l => l.Kind == EstimateLineKind.Part) is not { } line)
            {
                continue;
            }

            var request = new ReEstimateRequest(null, null,
                [new LineRevisionRequest(line.Index, null, Math.Round(line.OriginalUnitPrice * (0.75m + (book.Random.Next(0, 20) / 100m)), 2), null, false,
                    nameof(FindingCategory.PriceAboveCatalogue), "Same part at the catalogue's dealer price.")]);
            var saved = await book.InScopeAsync(sp => RecordReEstimate.SaveAsync(sp.GetRequiredService<ClaimsDbContext>(), audit.Id, request, user,
                [task.AssigneeRole ?? Roles.Reinspector], at, ct));
            if (saved.Status != 0 && saved.Status != 200)
            {
                continue;
            }

            await book.CompleteAsync(audit.WorkflowInstanceId, ReinspectionTasks.ReEstimate, "Submitted", null, ct);
            book.At(at.AddDays(1 + book.Random.Next(0, 4)));
            await book.CompleteAsync(audit.WorkflowInstanceId, ReinspectionTasks.AuditFeedback, "Accept", new { comment = "Agreed; will use the catalogue price." }, ct);
            closed++;
        }

        return closed;
    }
}
