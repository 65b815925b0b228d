using Claims.Domain.Kpis;

namespace Claims.Domain.Surveys;

/// <summary>Scores on 100 per question and overall for a set of answered surveys (Kpi.SatisfactionScore).</summary>
public sealed record SurveyScore(int Responses, IReadOnlyDictionary<SurveyQuestion, decimal?> ByQuestion, decimal? Overall)
{
    public static SurveyScore Of(IReadOnlyCollection<SurveyAnswers> answers) => new(
        answers.Count,
        Enum.GetValues<SurveyQuestion>().ToDictionary(q => q, q => Kpi.SatisfactionScore(answers.Select(a => a.ByQuestion[q]))),
        Kpi.SatisfactionScore(answers.SelectMany(a => a.ByQuestion.Values)));
}
