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
                (Done, Message) = (true, "This survey was already answered.");
                return Page();
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

    /// <summary>A bad or expired link still gets a readable page, with the status code a client can act on.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = Survey is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        (Survey, Done) = (null, true);
        return Page();
    }

    private int Get(SurveyQuestion q) => Answers.TryGetValue(q, out var a) ? a : 0;

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var (check, id) = links.Verify(token);
        if (check == SurveyTokenCheck.Invalid)
        {
            Message = "This survey link is not valid.";
            return false;
        }

        Survey = await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (Survey is null)
        {
            Message = "This survey no longer exists.";
            return false;
        }

        if (check == SurveyTokenCheck.Expired)
        {
            Message = "This survey link has expired.";
            return false;
        }

        if (Survey.AnsweredAt is not null)
        {
            (Done, Message) = (true, "This survey was already answered. Thank you.");
        }

        return true;
    }
}
