using Claims.Domain.Surveys;

namespace Claims.Tests.Domain;

public sealed class SurveyTests
{
    private static readonly byte[] Key = "a-survey-key-of-at-least-32-bytes!!"u8.ToArray();
    private static readonly DateTime Now = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Survey NewSurvey() =>
        Survey.Create(Guid.NewGuid(), SurveyContext.Claim, Guid.NewGuid(), "CL-1", SurveySubject.Adjuster, "adjuster", "sh", null, Now, TimeSpan.FromDays(30));

    [Fact]
    public void Answer_Twice_SecondIsRefusedAndFirstKept()
    {
        var survey = NewSurvey();

        var first = survey.Answer(new SurveyAnswers(5, 4, 5, 3, 4), Now);
        var second = survey.Answer(new SurveyAnswers(1, 1, 1, 1, 1), Now.AddHours(1));

        Assert.Equal(AnswerOutcome.Recorded, first);
        Assert.Equal(AnswerOutcome.AlreadyAnswered, second);
        Assert.Equal(5, survey.Answers!.Attention);
        Assert.Equal("SH", survey.RegionCode);
    }

    [Fact]
    public void Answer_OutOfScale_InvalidAndNotRecorded()
    {
        var survey = NewSurvey();

        Assert.Equal(AnswerOutcome.Invalid, survey.Answer(new SurveyAnswers(0, 4, 5, 3, 6), Now));
        Assert.Null(survey.AnsweredAt);
    }

    [Fact]
    public void Score_TwoResponses_PerQuestionAndOverallOnHundred()
    {
        var score = SurveyScore.Of([new SurveyAnswers(5, 4, 5, 3, 1), new SurveyAnswers(3, 4, 5, 1, 1)]);

        Assert.Equal(2, score.Responses);
        Assert.Equal(75m, score.ByQuestion[SurveyQuestion.Attention]);
        Assert.Equal(75m, score.ByQuestion[SurveyQuestion.Speed]);
        Assert.Equal(100m, score.ByQuestion[SurveyQuestion.Trustworthiness]);
        Assert.Equal(25m, score.ByQuestion[SurveyQuestion.Accuracy]);
        Assert.Equal(0m, score.ByQuestion[SurveyQuestion.Resourcefulness]);
        Assert.Equal(55m, score.Overall);
    }

    [Fact]
    public void Token_SignedValidTamperedExpired_Checked()
    {
        var id = Guid.NewGuid();
        var token = SurveyToken.Create(id, new DateTimeOffset(Now.AddDays(30)), Key);

        Assert.Equal((SurveyTokenCheck.Valid, id), SurveyToken.Verify(token, new DateTimeOffset(Now), Key));
        Assert.Equal(SurveyTokenCheck.Expired, SurveyToken.Verify(token, new DateTimeOffset(Now.AddDays(31)), Key).Check);
        Assert.Equal(SurveyTokenCheck.Invalid, SurveyToken.Verify(token[..^2] + "xx", new DateTimeOffset(Now), Key).Check);
        Assert.Equal(SurveyTokenCheck.Invalid, SurveyToken.Verify(token, new DateTimeOffset(Now), "another-key-of-at-least-32-bytes!!!"u8.ToArray()).Check);
        Assert.Equal(SurveyTokenCheck.Invalid, SurveyToken.Verify("nonsense", new DateTimeOffset(Now), Key).Check);
    }
}
