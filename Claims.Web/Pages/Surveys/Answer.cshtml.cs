using Claims.Domain.Surveys;
using Claims.Web.Features.Surveys;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Pages.Surveys;

/// <summary>The customer answers a survey from the signed link in their mail: no login, once.</summary>
[AllowAnonymous]
public sealed class AnswerModel(ClaimsDbContext db, SurveyLinks links, TimeProvider time) : PageModel
{
    public Survey? Survey { get; private set; }
    public string? Message { get; private set; }
    public bool Done { get; private set; }
    public bool LinkRefused { get; private set; }

    [BindProperty] public Dictionary<SurveyQuestion, int> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => await LoadAsync(token, ct) ? Page() : Refused();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return Refused();
        }

        var answers = new SurveyAnswers(Get(SurveyQuestion.Attention), Get(SurveyQuestion.Speed), Get(SurveyQuestion.Trustworthiness),
            Get(SurveyQuestion.Accuracy), Get(SurveyQuestion.Resourcefulness));
        switch (Survey!.Answer(answers, time.GetUtcNow().UtcDateTime))
        {
            case AnswerOutcome.Invalid:
                Message = "Please answer every question.";
                return Page();
            case AnswerOutcome.AlreadyAnswered:
                return Refused();
            default:
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // A parallel post answered first; this one wrote nothing.
                    (Done, Message) = (true, "This survey was already answered.");
                    return Page();
                }

                (Done, Message) = (true, "Thank you: your answers are recorded.");
                return Page();
        }
    }

    /// <summary>Forged, expired and used links answer alike (404, one message), so a guesser learns nothing.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        (Survey, Done, Message, LinkRefused) = (null, true, null, true);
        return Page();
    }

    private int Get(SurveyQuestion q) => Answers.TryGetValue(q, out var a) ? a : 0;

    /// <summary>Whether the link names a survey that is still open: signed, not expired, not yet answered.</summary>
    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var (check, id) = links.Verify(token);
        if (check == SurveyTokenCheck.Invalid)
        {
            return false;
        }

        Survey = await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct);
        return Survey is not null && check != SurveyTokenCheck.Expired && Survey.AnsweredAt is null;
    }
}
