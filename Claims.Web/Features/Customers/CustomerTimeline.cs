using Claims.Domain.Customers;
using Claims.Domain.Renewals;
using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Customers;

/// <summary>GET /api/customers/{id}/timeline: a policyholder's policies, claims, renewal reminders and surveys as one dated story.</summary>
public static class CustomerTimeline
{
    public sealed record Entry(DateTime At, string Kind, string Title, string? Link);

    public sealed record Response(Guid Id, string Name, string? Tier, IReadOnlyList<Entry> Timeline);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/customers/{id:guid}/timeline", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithTags("Customers")
            .Produces<Response>()
            .WithSummary("Customer 360: the policyholder's policies, claims and reminders, newest first.");

    public static async Task<IResult> Handle(Guid id, System.Security.Claims.ClaimsPrincipal user, ClaimsDbContext db, CancellationToken ct)
    {
        var holder = await db.Policyholders.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        // Another agent's customer answers as a missing one.
        if (holder is null || !await PolicyUnderwriting.RecordAccess.MaySeeCustomerAsync(db, user, id, ct))
        {
            return TypedResults.Problem($"Policyholder {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        var tier = await db.Set<CustomerTier>().AsNoTracking().Where(t => t.PolicyholderId == id).Select(t => t.Tier).SingleOrDefaultAsync(ct);
        var policies = await db.Policies.AsNoTracking().Where(p => p.PolicyholderId == id).ToListAsync(ct);
        var policyIds = policies.Select(p => p.Id).ToList();
        var claims = await db.Claims.AsNoTracking().Where(c => policyIds.Contains(c.PolicyId)).ToListAsync(ct);
        var reminders = await db.Set<RenewalReminder>().AsNoTracking().Where(r => policyIds.Contains(r.PolicyId)).ToListAsync(ct);
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.PolicyholderId == id).ToListAsync(ct);

        var entries = new List<Entry>();
        foreach (var p in policies)
        {
            entries.Add(new Entry(p.StartDate.ToDateTime(TimeOnly.MinValue), "PolicyStarted", $"Policy {p.Number} starts (premium {p.Premium:0.00})", $"/Policies/{p.Id}"));
            entries.Add(new Entry(p.ExpiryDate.ToDateTime(TimeOnly.MinValue), "PolicyExpires", $"Policy {p.Number} expires", $"/Policies/{p.Id}"));
        }

        foreach (var c in claims)
        {
            entries.Add(new Entry(c.ReportedAt, "ClaimReported", $"Claim {c.Number} reported ({c.Cause})", $"/Claims/{c.Id}"));
            if (c.PaidAt is { } paidAt)
            {
                entries.Add(new Entry(paidAt, "ClaimPaid", $"Claim {c.Number} paid {c.PaidAmount:0.00}", $"/Claims/{c.Id}"));
            }

            if (c.ClosedAt is { } closedAt)
            {
                entries.Add(new Entry(closedAt, "ClaimClosed", $"Claim {c.Number} closed ({c.Status})", $"/Claims/{c.Id}"));
            }
        }

        var numbers = policies.ToDictionary(p => p.Id, p => p.Number);
        entries.AddRange(reminders.Select(r => new Entry(r.RecordedAt, "RenewalReminder", $"Renewal reminder {r.Stage} for {numbers[r.PolicyId]}", null)));
        foreach (var s in surveys)
        {
            entries.Add(new Entry(s.CreatedAt, "SurveySent", $"Survey on {s.Context.ToString().ToLowerInvariant()} {s.ContextNumber} sent ({s.Subject} {s.SubjectKey})", null));
            if (s.AnsweredAt is { } answeredAt && s.Answers is { } answers)
            {
                entries.Add(new Entry(answeredAt, "SurveyAnswered", $"Survey on {s.ContextNumber} answered: {SurveyScore.Of([answers]).Overall:0.#}/100", null));
            }
        }

        return TypedResults.Ok(new Response(holder.Id, holder.Name, tier, [.. entries.OrderByDescending(e => e.At)]));
    }
}
