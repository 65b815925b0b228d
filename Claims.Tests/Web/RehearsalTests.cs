using System.Net;
using Claims.Domain.Renewals;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Web;

/// <summary>/Admin/Rehearsal: an admin runs a nightly job as of a chosen date outside Production; Production refuses it.</summary>
public sealed class RehearsalTests
{
    [Fact]
    public async Task Rehearsal_RenewalSweepAMonthAhead_RecordsRemindersAndShowsWhatItQueued()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Demo:Seed"] = "true";
        app.Settings["Scheduling:Enabled"] = "false";
        var admin = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        (await CookieClients.PostLoginAsync(admin, "admin")).EnsureSuccessStatusCode();
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        var page = await admin.GetStringAsync("/Admin/Rehearsal");
        var response = await admin.PostAsync("/Admin/Rehearsal", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Job"] = "renewals.sweep", ["AsOf"] = asOf.ToString("yyyy-MM-dd"), ["__RequestVerificationToken"] = CookieClients.FormToken(page),
        }));
        var html = await response.Content.ReadAsStringAsync();
        var reminders = await app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"rehearsal-summary\"", html);
        Assert.Contains("checked", html);
        Assert.Contains("data-type=\"RenewalReminderDue\"", html);
        Assert.True(reminders > 0);
    }

    [Fact]
    public async Task Rehearsal_InProduction_NotFoundAndNothingRuns()
    {
        await using var testing = ClaimsAppFactory.WithSqlite();
        testing.Settings["Demo:Seed"] = "true";
        testing.Settings["Scheduling:Enabled"] = "false";
        await using var app = testing.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var admin = app.CreateClient();
        (await CookieClients.PostLoginAsync(admin, "admin")).EnsureSuccessStatusCode();

        var get = await admin.GetAsync("/Admin/Rehearsal");
        var post = await admin.PostAsync("/Admin/Rehearsal", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Job"] = "renewals.sweep", ["AsOf"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        }));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.False(post.IsSuccessStatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<RenewalReminder>().CountAsync()));
    }
}
