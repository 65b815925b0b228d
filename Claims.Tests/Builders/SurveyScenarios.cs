using System.Text.RegularExpressions;
using Claims.Domain.Surveys;
using Claims.Tests.Fixtures;
using Claims.Web.Features.Surveys;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Builders;

/// <summary>The survey a closed claim gets (from the ClaimClosed consumer), its no-login link, and answering it through the page.</summary>
public static partial class SurveyScenarios
{
    public static async Task<string> ClaimSurveyPathAsync(WebApplicationFactory<Program> app, Guid claimId)
    {
        var survey = await Eventually.WaitAsync(
            () => app.WithDbAsync(db => db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Context == SurveyContext.Claim && s.ContextId == claimId)),
            s => s is not null, what: "the claim's survey");
        return app.Services.GetRequiredService<SurveyLinks>().Path(survey!);
    }

    /// <summary>Posts the survey form as a customer would (anonymous, with the page's antiforgery token); returns the resulting page.</summary>
    public static async Task<string> AnswerAsync(HttpClient anonymous, string path, SurveyAnswers answers)
    {
        var form = await anonymous.GetStringAsync(path);
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        var fields = answers.ByQuestion.Select(a => new KeyValuePair<string, string>($"Answers[{a.Key}]", a.Value.ToString()))
            .Append(new("__RequestVerificationToken", token));
        var response = await anonymous.PostAsync(path, new FormUrlEncodedContent(fields));
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
