using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Claims.Domain.Common;
using Claims.Tests.Fixtures;
using Claims.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Messaging;

public sealed class CompleteTaskMessagingTests
{
    [Fact]
    public async Task CompleteTask_PollIntervalTenMinutes_CommitSignalStillDeliversWithinSeconds()
    {
        await using var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Messaging:RelayInterval"] = "00:10:00"; // only the commit signal can wake the relay in time
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForNewAdjusterAsync(app, client));
        var task = TestTasks.Open();
        await app.WithDbAsync(db =>
        {
            db.WorkTasks.Add(task);
            return db.SaveChangesAsync();
        });

        var response = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome = "approve" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await Eventually.WaitAsync(
            () => app.WithDbAsync(db => db.TaskCompletionLog.AsNoTracking().SingleOrDefaultAsync(e => e.TaskId == task.Id)), e => e is not null, TimeSpan.FromSeconds(10), "the effect");
        Assert.Equal("approve", entry!.Outcome);
        Assert.Equal("adjuster.test", entry.CompletedBy);
    }

    private static async Task<string> TokenForNewAdjusterAsync(ClaimsAppFactory app, HttpClient client)
    {
        const string password = "Test!2026-password";
        await app.WithDbAsync(db =>
        {
            var user = AppUser.Create("adjuster.test", "Test adjuster", [Roles.LossAdjuster]);
            user.SetPasswordHash(app.Services.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(user, password));
            db.Users.Add(user);
            return db.SaveChangesAsync();
        });
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "adjuster.test", password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return token!.AccessToken;
    }

    private sealed record TokenResponse(string AccessToken);
}
