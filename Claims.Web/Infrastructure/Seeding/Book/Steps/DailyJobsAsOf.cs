using Claims.Web.Infrastructure.Scheduling;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>
/// The nightly jobs as of the book's date: customer tiers (VIP, A, B, C) from the history, the dashboard's renewal
/// snapshot, and the renewal sweep, whose reminders the node's relay mails right after start.
/// </summary>
public sealed class DailyJobsAsOf : IDemoStep
{
    private static readonly string[] Jobs = ["customers.tiers", "kpis.renewal-snapshot", "renewals.sweep"];

    public int Order => 200;

    public string Name => "daily jobs as of the book's date";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        var jobs = book.Services.GetServices<IDailyJob>().ToDictionary(j => j.Name);
        book.At(book.AsOf.AddMinutes(-30));
        foreach (var name in Jobs.Where(jobs.ContainsKey))
        {
            await jobs[name].RunAsync(book.AsOfDate, ct);
        }

        await book.PumpAsync(ct);
        return Jobs.Count(jobs.ContainsKey);
    }
}
