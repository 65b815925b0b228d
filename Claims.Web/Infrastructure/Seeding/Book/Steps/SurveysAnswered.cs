using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Seeding.Demo;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Seeding.Book.Steps;

/// <summary>History: most customers answer the survey their closed claim or renewal sent them, a few days later; a few never do.</summary>
public sealed class SurveysAnswered : IDemoStep
{
    public int Order => 60;

    public string Name => "surveys answered";

    public async Task<int> RunAsync(DemoBook book, CancellationToken ct)
    {
        await using var scope = book.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimsDbContext>();
        var surveys = await db.Surveys.Where(s => s.AnsweredAt == null).OrderBy(s => s.CreatedAt).ThenBy(s => s.ContextNumber).ToListAsync(ct);
        var answered = 0;
        foreach (var survey in surveys)
        {
            var at = survey.CreatedAt.AddDays(1 + book.Random.Next(0, 6));
            if (!book.Random.Chance(0.8) || at >= book.AsOf)
            {
                continue;
            }

            var mood = book.Random.PickWeighted<int>([(5, 5), (4, 4), (3, 2), (2, 1)]);
            int Score() => Math.Clamp(mood + book.Random.Next(-1, 2), 1, 5);
            if (survey.Answer(new SurveyAnswers(Score(), Score(), Score(), Score(), Score()), book.At(at)) == AnswerOutcome.Recorded)
            {
                answered++;
            }
        }

        await db.SaveChangesAsync(ct);
        return answered;
    }
}
