using System.Security.Cryptography;
using System.Text;
using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Auth;

namespace Claims.Web.Features.Surveys;

/// <summary>Signs and checks survey links with a key derived from Auth:SigningKey (a separate purpose, so a survey token is no JWT key).</summary>
public sealed class SurveyLinks(AuthOptions auth, TimeProvider time)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(30);

    private readonly byte[] _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(auth.SigningKey), "claims.surveys.v1"u8);

    public string Token(Survey survey) => SurveyToken.Create(survey.Id, new DateTimeOffset(survey.ExpiresAt, TimeSpan.Zero), _key);

    public string Path(Survey survey) => $"/survey/{Token(survey)}";

    public (SurveyTokenCheck Check, Guid SurveyId) Verify(string? token) => SurveyToken.Verify(token, time.GetUtcNow(), _key);
}
