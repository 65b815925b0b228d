namespace Claims.Domain.Surveys;

public enum SurveyContext { Claim, Renewal }

public enum SurveySubject { Adjuster, Agent, Region }

/// <summary>The five questions of the satisfaction survey; each answered on the 5-point scale (5 always … 1 never).</summary>
public enum SurveyQuestion { Attention, Speed, Trustworthiness, Accuracy, Resourcefulness }

/// <summary>The five answers, each 1–5.</summary>
public sealed record SurveyAnswers(int Attention, int Speed, int Trustworthiness, int Accuracy, int Resourcefulness)
{
    public IReadOnlyDictionary<SurveyQuestion, int> ByQuestion => new Dictionary<SurveyQuestion, int>
    {
        [SurveyQuestion.Attention] = Attention, [SurveyQuestion.Speed] = Speed, [SurveyQuestion.Trustworthiness] = Trustworthiness,
        [SurveyQuestion.Accuracy] = Accuracy, [SurveyQuestion.Resourcefulness] = Resourcefulness,
    };

    public bool IsValid => ByQuestion.Values.All(a => a is >= 1 and <= 5);
}

public enum AnswerOutcome { Recorded, AlreadyAnswered, Invalid }

/// <summary>A survey sent after a claim closes or a policy renews, about an adjuster, an agent or a region; answered once.</summary>
public sealed class Survey
{
    private Survey() { }

    public Guid Id { get; private set; }
    public SurveyContext Context { get; private set; }
    /// <summary>The claim or policy the survey is about.</summary>
    public Guid ContextId { get; private set; }
    public string ContextNumber { get; private set; } = "";
    public SurveySubject Subject { get; private set; }
    /// <summary>The adjuster's user name, the agent's code or the region code.</summary>
    public string SubjectKey { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public Guid? PolicyholderId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public SurveyAnswers? Answers { get; private set; }

    public static Survey Create(
        Guid id, SurveyContext context, Guid contextId, string contextNumber, SurveySubject subject, string subjectKey,
        string regionCode, Guid? policyholderId, DateTime now, TimeSpan validFor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        return new Survey
        {
            Id = id, Context = context, ContextId = contextId, ContextNumber = contextNumber, Subject = subject, SubjectKey = subjectKey.Trim(),
            RegionCode = regionCode.Trim().ToUpperInvariant(), PolicyholderId = policyholderId, CreatedAt = now, ExpiresAt = now + validFor,
        };
    }

    public AnswerOutcome Answer(SurveyAnswers answers, DateTime now)
    {
        if (AnsweredAt is not null)
        {
            return AnswerOutcome.AlreadyAnswered;
        }

        if (!answers.IsValid)
        {
            return AnswerOutcome.Invalid;
        }

        (Answers, AnsweredAt) = (answers, now);
        return AnswerOutcome.Recorded;
    }
}
