using System.Net;
using System.Net.Http.Json;
using Claims.Tests.Builders;
using Claims.Tests.Fixtures;
using Claims.Tests.Workflows;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web.Security;

public sealed class SignInThrottlingTests
{
    private const string AddressA = "203.0.113.10";
    private const string AddressB = "198.51.100.20";

    [Fact]
    public async Task TokenEndpoint_FiftyWrongPasswords_LockUserUntilLockoutEnds()
    {
        var time = new FakeTime();
        await using var app = App(time);
        await CreateUserAsync(app, "victim");
        var fromA = app.CreateClient().From(AddressA);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            statuses.Add((await TokenAsync(fromA, "victim", $"guess-{i}")).StatusCode);
        }

        // Five wrong passwords lock the user; every later guess is refused without being checked.
        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));

        // The right password is refused too, from this address and any other, until the lockout ends.
        var locked = await TokenAsync(fromA, "victim", ApiClients.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);
        Assert.InRange(locked.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 15 * 60);
        var fromB = app.CreateClient().From(AddressB);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync(fromB, "victim", ApiClients.DemoPassword)).StatusCode);

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync(fromB, "victim", ApiClients.DemoPassword)).StatusCode);
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(fromB, "victim", ApiClients.DemoPassword)).StatusCode);

        var audit = await app.WithDbAsync(db => db.Set<SignInFailure>().Where(f => f.UserName == "victim").ToListAsync());
        Assert.Equal(5, audit.Count(f => f.Reason == SignInFailureReason.WrongPassword));
        Assert.Equal(45 + 3, audit.Count(f => f.Reason == SignInFailureReason.LockedOut));
        Assert.Contains(audit, f => f.Address == AddressA);
        Assert.Contains(audit, f => f.Address == AddressB);
    }

    [Fact]
    public async Task TokenEndpoint_ManyUserNamesFromOneAddress_LimitsThatAddressOnly()
    {
        await using var app = App(new FakeTime(), ("Auth:AddressFailureLimit", "8"));
        await CreateUserAsync(app, "bystander");
        var fromA = app.CreateClient().From(AddressA);

        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(fromA, $"nobody-{i}", "guess")).StatusCode);
        }

        var limited = await TokenAsync(fromA, "bystander", ApiClients.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Contains("from your address", (await limited.Content.ReadFromJsonAsync<ProblemBody>())!.Detail);

        // Another address signs the same user in: the user is not locked, only the address is.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(app.CreateClient().From(AddressB), "bystander", ApiClients.DemoPassword)).StatusCode);
        var reasons = await app.WithDbAsync(db => db.Set<SignInFailure>().Select(f => f.Reason).ToListAsync());
        Assert.Equal(8, reasons.Count(r => r == SignInFailureReason.UnknownUser));
        Assert.Equal(1, reasons.Count(r => r == SignInFailureReason.AddressLimited));
    }

    [Fact]
    public async Task LoginForm_SixWrongPasswords_ShowsLockoutMessage()
    {
        await using var app = App(new FakeTime());
        await CreateUserAsync(app, "formuser");
        var browser = app.CreateClient().From(AddressA);

        HttpResponseMessage last = null!;
        for (var i = 0; i < 6; i++)
        {
            last = await CookieClients.PostLoginAsync(browser, "formuser", $"wrong-{i}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("Too many failed sign-ins for this user. Try again in 15 minute(s).", await last.Content.ReadAsStringAsync());
        var right = await CookieClients.PostLoginAsync(browser, "formuser", ApiClients.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task Lockout_OnOneNode_HoldsOnTheOther()
    {
        var time = new FakeTime();
        await using var node1 = App(time);
        await CreateUserAsync(node1, "shared");
        var database = await node1.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var node2 = new ClaimsAppFactory(DatabaseProvider.Sqlite, database)
        {
            TestServices = s => { s.AddSingleton<TimeProvider>(time); ClientAddress.Register(s); },
        };

        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(node1.CreateClient().From(AddressA), "shared", "wrong");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync(node2.CreateClient().From(AddressB), "shared", ApiClients.DemoPassword)).StatusCode);
    }

    private static ClaimsAppFactory App(FakeTime time, params (string Key, string Value)[] settings)
    {
        var app = ClaimsAppFactory.WithSqlite();
        app.Settings["Scheduling:Enabled"] = "false";
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        app.TestServices = s =>
        {
            s.AddSingleton<TimeProvider>(time);
            ClientAddress.Register(s);
        };
        return app;
    }

    private static Task CreateUserAsync(ClaimsAppFactory app, string userName) => app.WithDbAsync(async db =>
    {
        var user = AppUser.Create(userName, userName, ["Agent"], "SH");
        user.SetPasswordHash(new PasswordHasher<AppUser>().HashPassword(user, ApiClients.DemoPassword));
        db.Users.Add(user);
        await db.SaveChangesAsync();
    });

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });

    private sealed record ProblemBody(string? Title, string? Detail);
}
