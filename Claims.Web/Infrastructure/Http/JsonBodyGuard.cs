using System.Text;
using System.Text.Json;

namespace Claims.Web.Infrastructure.Http;

/// <summary>
/// Before any endpoint binds a JSON body: caps its size per route group (413) and refuses what System.Text.Json would
/// otherwise let through or trip over later (400): duplicate keys, lone UTF-16 surrogates, nesting deeper than 64.
/// </summary>
public sealed class JsonBodyGuard(RequestDelegate next)
{
    /// <summary>The API's requests are forms of a few dozen fields; 300 estimate lines fit well under this.</summary>
    public const int ApiLimit = 256 * 1024;

    /// <summary>The designer sends whole workflow definitions.</summary>
    public const int DesignerLimit = 4 * 1024 * 1024;

    public const int MaxDepth = 64;

    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        var limit = LimitFor(http.Request);
        if (limit is null)
        {
            await next(http);
            return;
        }

        if (http.Request.ContentLength > limit)
        {
            await RefuseAsync(http, problems, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit / 1024} KB.");
            return;
        }

        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
        {
            if (body.Length + read > limit)
            {
                await RefuseAsync(http, problems, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limit / 1024} KB.");
                return;
            }

            body.Write(buffer, 0, read);
        }

        if (Check(body.GetBuffer().AsSpan(0, (int)body.Length)) is { } error)
        {
            await RefuseAsync(http, problems, StatusCodes.Status400BadRequest, error);
            return;
        }

        body.Position = 0;
        http.Request.Body = body;
        await next(http);
    }

    /// <summary>Null when the body is acceptable JSON (or empty, which binding answers itself); otherwise what is wrong with it.</summary>
    public static string? Check(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var keys = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        keys.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (keys.Peek() is { } seen && !seen.Add(name))
                        {
                            return $"The key '{Shown(name)}' appears twice in one object (at {reader.BytesConsumed}).";
                        }

                        break;
                    case JsonTokenType.String:
                        _ = reader.GetString();
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            return $"The body is not valid JSON: {ex.Message}";
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString refuses a lone surrogate escape (\uD800) or invalid UTF-8 with this.
            return $"The body holds text that is not valid Unicode (at {reader.BytesConsumed}): {ex.Message}";
        }

        return null;
    }

    private static int? LimitFor(HttpRequest request)
    {
        if (!(HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
            || request.ContentType is not { } type || !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return request.Path.StartsWithSegments("/elsa/api") ? DesignerLimit : ApiLimit;
    }

    private static string Shown(string name) => name.Length > 40 ? name[..40] + "…" : name;

    private static Task RefuseAsync(HttpContext http, IProblemDetailsService problems, int status, string detail)
    {
        http.Response.StatusCode = status;
        return Security.ErrorResponses.WriteAsync(problems, new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = status == 413 ? "The request is too large." : "The request is malformed.", Detail = detail },
        });
    }
}

public static class JsonBodyGuardRegistration
{
    public static IApplicationBuilder UseJsonBodyGuard(this IApplicationBuilder app) => app.UseMiddleware<JsonBodyGuard>();
}
