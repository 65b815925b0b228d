using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claims.Tests.Web;

/// <summary>A form post that loses a race or carries an out-of-bounds value gets a page a person can act on, not JSON.</summary>
public sealed class ErrorPageTests
{
    [Fact]
    public async Task ConflictHandler_PagePost_AnswersHtmlWithReloadLink()
    {
        var http = Context("POST", "/Claims/5f0c/Estimate", "text/html,application/xhtml+xml");

        var handled = await new ConflictExceptionHandler(Problems(http)).TryHandleAsync(http, new DbUpdateConcurrencyException("stale"), default);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status409Conflict, http.Response.StatusCode);
        Assert.StartsWith("text/html", http.Response.ContentType);
        var body = Body(http);
        Assert.Contains("Reload to see the current version", body);
        Assert.Contains("""href="/Claims/5f0c/Estimate">Reload this page""", body);
    }

    [Fact]
    public async Task ConflictHandler_ApiPost_AnswersProblemDetails()
    {
        var http = Context("POST", "/api/claims/5f0c/estimate", "application/json");

        await new ConflictExceptionHandler(Problems(http)).TryHandleAsync(http, new DbUpdateConcurrencyException("stale"), default);

        Assert.Equal(StatusCodes.Status409Conflict, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType);
        Assert.Contains("Reload", Body(http));
    }

    [Fact]
    public async Task BoundsHandler_PagePost_NamesTheFieldAndEncodesIt()
    {
        var http = Context("POST", "/Surveys/abc", "text/html");
        var errors = new Dictionary<string, string[]> { ["Comment<script>"] = ["At most 2000 characters."] };

        await new BoundsExceptionHandler(Problems(http)).TryHandleAsync(http, new BoundsException(errors), default);

        Assert.Equal(StatusCodes.Status400BadRequest, http.Response.StatusCode);
        var body = Body(http);
        Assert.Contains("Nothing was saved", body);
        Assert.Contains("Comment&lt;script&gt;: At most 2000 characters.", body);
        Assert.DoesNotContain("<script>", body);
    }

    private static DefaultHttpContext Context(string method, string path, string accept)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = method;
        http.Request.Path = path;
        http.Request.Headers.Accept = accept;
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static IProblemDetailsService Problems(HttpContext http) => http.RequestServices.GetRequiredService<IProblemDetailsService>();

    private static string Body(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return new StreamReader(http.Response.Body).ReadToEnd();
    }
}
