using Microsoft.AspNetCore.Http.HttpResults;

namespace Claims.Web.Features.PolicyUnderwriting;

/// <summary>Turns a feature's problem result into the sentences a page shows.</summary>
public static class ProblemText
{
    public static IReadOnlyList<string> Of(IResult? problem) => problem switch
    {
        ValidationProblem v => [.. v.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))],
        ProblemHttpResult p => [p.ProblemDetails.Detail ?? p.ProblemDetails.Title ?? "The request failed."],
        _ => ["The request failed."],
    };

    /// <summary>The same as one sentence without field names, for a single-field form a policyholder or adjuster reads.</summary>
    public static string Sentence(IResult problem) => problem switch
    {
        ValidationProblem v => string.Join(" ", v.ProblemDetails.Errors.SelectMany(e => e.Value)),
        _ => Of(problem)[0],
    };
}
