using System.Text.RegularExpressions;

namespace Claims.Tests.Builders;

/// <summary>Clients signed in through the login form, as a browser is: the auth cookie, and the tokens a page hands out.</summary>
public static partial class CookieClients
{
    /// <summary>Posts the login form with the page's antiforgery token and cookie; the client keeps the cookies it gets.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password = ApiClients.DemoPassword)
    {
        var form = await client.GetStringAsync("/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = FormToken(form),
        }));
    }

    public static string FormToken(string html) => FormField().Match(html).Groups[1].Value;

    /// <summary>The token a signed-in page gives its scripts for their writes.</summary>
    public static string MetaToken(string html) => MetaTag().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormField();

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaTag();
}
