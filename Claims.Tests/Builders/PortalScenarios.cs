using System.Net;
using System.Text.RegularExpressions;
using Claims.Domain.Policies;
using Claims.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Claims.Tests.Builders;

/// <summary>The policyholder's online notice driven as a browser posts it: the code form, the mailed code, the report form.</summary>
public static partial class PortalScenarios
{
    public sealed record Holder(string PolicyNumber, string Plate, string Email, string Phone);

    /// <summary>A demo policyholder with an e-mail address and an in-force Shanghai policy with own-damage cover, by position in a stable order.</summary>
    public static Task<Holder> HolderAsync(WebApplicationFactory<Program> app, int index) =>
        app.WithDbAsync(async db =>
        {
            var rows = await (from p in db.Policies
                              join v in db.Vehicles on p.VehicleId equals v.Id
                              join h in db.Policyholders on p.PolicyholderId equals h.Id
                              where p.RegionCode == "SH" && p.Status == PolicyStatus.InForce && h.Email != null
                              orderby p.Number
                              select new { p.Number, p.Covers, v.Plate, h.Email, h.Phone }).ToListAsync();
            var pick = rows.Where(r => (r.Covers & Cover.OwnDamage) == Cover.OwnDamage).ElementAt(index);
            return new Holder(pick.Number, pick.Plate, pick.Email!, pick.Phone);
        });

    public static HttpClient FormClient(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the code form; returns the report form's page.</summary>
    public static async Task<string> AskCodeAsync(HttpClient client, string policyNumber, string plate)
    {
        var page = await client.GetStringAsync("/claim-online");
        var response = await client.PostAsync("/claim-online?handler=Code", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["PolicyNumber"] = policyNumber,
            ["Plate"] = plate,
            ["__RequestVerificationToken"] = CookieClients.FormToken(page),
        }));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts the report form of <paramref name="page"/> with <paramref name="code"/> and a plausible loss yesterday.</summary>
    public static Task<HttpResponseMessage> ReportAsync(HttpClient client, string page, string code, string description = "Hit a bollard while parking; rear bumper cracked.") =>
        client.PostAsync("/claim-online?handler=Report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChallengeId"] = ChallengeField().Match(page).Groups[1].Value,
            ["Code"] = code,
            ["LossAtLocal"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm"),
            ["TimezoneOffset"] = "0",
            ["LossPlace"] = "Century Avenue car park, Pudong",
            ["Cause"] = "Collision",
            ["Liability"] = "Full",
            ["Description"] = description,
            ["Drivable"] = "true",
            ["ThirdPartyCount"] = "0",
            ["__RequestVerificationToken"] = CookieClients.FormToken(page),
        }));

    /// <summary>The newest code mailed to <paramref name="email"/>.</summary>
    public static async Task<string> MailedCodeAsync(string mailFolder, string email)
    {
        var mails = await Eventually.WaitAsync(() => new PickupMailbox(mailFolder).ReadAllAsync(),
            all => all.Any(m => m.To == email && m.Subject.StartsWith("Your code", StringComparison.Ordinal)), what: $"a code mailed to {email}");
        return CodeInText().Match(mails.Last(m => m.To == email && m.Subject.StartsWith("Your code", StringComparison.Ordinal)).Text).Groups[1].Value;
    }

    /// <summary>The status links in the mails to <paramref name="email"/>, newest last.</summary>
    public static async Task<IReadOnlyList<(string Subject, string Link)>> StatusMailsAsync(string mailFolder, string email) =>
        (await new PickupMailbox(mailFolder).ReadAllAsync()).Where(m => m.To == email && StatusLink().IsMatch(m.Text))
            .Select(m => (m.Subject, StatusLink().Match(m.Text).Value)).ToList();

    public static bool IsRedirectToStatus(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/claim-online/status/", StringComparison.Ordinal) == true;

    [GeneratedRegex("name=\"ChallengeId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex ChallengeField();

    [GeneratedRegex(@"Your code is (\d{6})\.")]
    private static partial Regex CodeInText();

    [GeneratedRegex(@"https?://\S+/claim-online/status/[A-Za-z0-9._-]+")]
    public static partial Regex StatusLink();
}
