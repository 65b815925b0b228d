using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Claims.Web.Infrastructure.Studio;

/// <summary>
/// Serves the Elsa Studio package under <c>/studio/</c>: <c>.dat</c> mapped (the runtime dies without its ICU file)
/// and the precompressed <c>.br</c> sibling sent with <c>Content-Encoding: br</c> when the browser accepts it.
/// </summary>
public static class StudioFiles
{
    public const string RequestPath = "/studio";
    private const string OriginalTypeKey = "studio.original-content-type";

    /// <summary>The package folder: restored by the build next to the project, or copied into wwwroot on publish.</summary>
    public static string? FindRoot(IWebHostEnvironment env) =>
        new[]
        {
            Path.Combine(env.ContentRootPath, "studio", "node_modules", "@elsa-workflows", "elsa-studio-wasm"),
            Path.Combine(env.WebRootPath ?? Path.Combine(env.ContentRootPath, "wwwroot"), "studio"),
        }.FirstOrDefault(d => File.Exists(Path.Combine(d, "_framework", "dotnet.js")));

    public static WebApplication UseStudioFiles(this WebApplication app)
    {
        if (FindRoot(app.Environment) is not { } root)
        {
            app.Logger.LogWarning("Elsa Studio files are missing (build Claims.Web to restore them); /studio/ will not load.");
            return app;
        }

        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".dat"] = "application/octet-stream";
        types.Mappings[".br"] = "application/octet-stream";
        types.Mappings[".blat"] = "application/octet-stream";
        app.Use((http, next) => PreferBrotli(http, next, files, types));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = RequestPath,
            ContentTypeProvider = types,
            OnPrepareResponse = ctx =>
            {
                if (ctx.Context.Items[OriginalTypeKey] is string original)
                {
                    ctx.Context.Response.ContentType = original;
                    ctx.Context.Response.Headers.ContentEncoding = "br";
                }

                ctx.Context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            },
        });
        return app;
    }

    private static Task PreferBrotli(HttpContext http, RequestDelegate next, IFileProvider files, FileExtensionContentTypeProvider types)
    {
        var path = http.Request.Path;
        if (!path.StartsWithSegments(RequestPath, out var rest) || !rest.HasValue)
        {
            return next(http);
        }

        if (rest.Value is "/index.html")
        {
            // The shipped page uses a tag that does not exist; our host pages replace it.
            http.Response.Redirect(RequestPath + "/");
            return Task.CompletedTask;
        }

        var acceptsBrotli = http.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.OrdinalIgnoreCase);
        if (acceptsBrotli && !rest.Value.EndsWith(".br", StringComparison.Ordinal)
            && types.TryGetContentType(rest.Value, out var contentType)
            && files.GetFileInfo(rest.Value + ".br").Exists)
        {
            http.Items[OriginalTypeKey] = contentType;
            http.Request.Path = path + ".br";
        }

        return next(http);
    }
}
