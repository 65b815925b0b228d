using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Claims.Web.Infrastructure.Security;

/// <summary>
/// Kestrel answers an over-long request line or header block itself, with an empty body. Kestrel's limits are raised
/// and ours (Kestrel's defaults) enforced here instead, so those answers are problem details too.
/// </summary>
public static class RequestLimits
{
    public const int MaxRequestTarget = 8 * 1024;
    public const int MaxHeadersTotal = 32 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestLineSize = 4 * MaxRequestTarget;
            o.Limits.MaxRequestHeadersTotalSize = 4 * MaxHeadersTotal;
        });

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (http.Request.Path + http.Request.QueryString).ToString();
        if (target.Length > MaxRequestTarget)
        {
            return ErrorResponses.WriteAsync(http, StatusCodes.Status414UriTooLong, $"The request target is longer than {MaxRequestTarget} characters.");
        }

        var headers = 0L;
        foreach (var (name, values) in http.Request.Headers)
        {
            headers += name.Length + 4 + values.Sum(v => v?.Length ?? 0);
        }

        return headers > MaxHeadersTotal
            ? ErrorResponses.WriteAsync(http, StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request headers are larger than {MaxHeadersTotal} bytes.")
            : next(http);
    });
}
