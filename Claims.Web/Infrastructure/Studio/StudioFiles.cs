using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Claims.Web.Infrastructure.Studio;

/// <summary>
/// Serves the Elsa Studio package under <c>/studio/</c>: <c>.dat</c> mapped (the runtime dies without its ICU file)
/// and the precompressed <c>.br</c> sibling sent with <c>Content-Encoding: br</c> when the browser accepts it.
/// </summary>
public static partial class StudioFiles
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
                ctx.Context.Response.Headers.CacheControl = CacheControl(ctx.Context.Request.Path);
            },
        });
        return app;
    }

    /// <summary>
    /// Fingerprinted runtime files (<c>Name.0123456789.wasm</c>) never change under their name; the rest changes only
    /// with the package, so a day's caching then revalidation by ETag.
    /// </summary>
    public static string CacheControl(PathString path)
    {
        var name = path.Value ?? "";
        name = name.EndsWith(".br", StringComparison.Ordinal) ? name[..^3] : name;
        return Fingerprinted().IsMatch(name) ? "public, max-age=31536000, immutable" : "public, max-age=86400";
    }

    [GeneratedRegex(@"/_framework/[^/]+\.[a-z0-9]{10}\.(wasm|js|dat|pdb)$")]
    private static partial Regex Fingerprinted();

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
