using Claims.Domain.Kpis;
using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Features.Kpis;

/// <summary>Satisfaction from the surveys answered in the period: per adjuster, agent and region, per question, and by month.</summary>
public static class SatisfactionResults
{
    public sealed record SubjectRow(SurveySubject Subject, string Key, SurveyScore Score);

    public sealed record MonthRow(int Year, int Month, int Responses, decimal? Overall);

    public sealed record RegionRow(string RegionCode, SurveyScore Score);

    public sealed record Result(SurveyScore Overall, IReadOnlyList<SubjectRow> Subjects, IReadOnlyList<RegionRow> Regions, IReadOnlyList<MonthRow> Trend);

    public static async Task<Result> QueryAsync(KpiFilter filter, ClaimsDbContext db, CancellationToken ct)
    {
        var answered = await db.Surveys.AsNoTracking()
            .Where(s => s.AnsweredAt != null && s.AnsweredAt >= filter.FromTime && s.AnsweredAt <= filter.ToTime && (filter.Region == null || s.RegionCode == filter.Region))
            .ToListAsync(ct);
        var subjects = answered.GroupBy(s => (s.Subject, s.SubjectKey)).OrderBy(g => g.Key.Subject).ThenBy(g => g.Key.SubjectKey)
            .Select(g => new SubjectRow(g.Key.Subject, g.Key.SubjectKey, SurveyScore.Of(Answers(g)))).ToList();
        var trend = answered.GroupBy(s => (s.AnsweredAt!.Value.Year, s.AnsweredAt.Value.Month)).OrderBy(g => g.Key)
            .Select(g => new MonthRow(g.Key.Year, g.Key.Month, g.Count(), SurveyScore.Of(Answers(g)).Overall)).ToList();
        // Every survey counts for its region, whatever its subject: the region's overall service.
        var regions = answered.GroupBy(s => s.RegionCode).OrderBy(g => g.Key).Select(g => new RegionRow(g.Key, SurveyScore.Of(Answers(g)))).ToList();
        return new Result(SurveyScore.Of(Answers(answered)), subjects, regions, trend);
    }

    private static List<SurveyAnswers> Answers(IEnumerable<Survey> surveys) => [.. surveys.Select(s => s.Answers).OfType<SurveyAnswers>()];
}
