using System.Security.Cryptography;
using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Evidence;
using Claims.Domain.Fraud;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Blobs;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Principal = System.Security.Claims.ClaimsPrincipal;

namespace Claims.Web.Features.Evidence;

/// <summary>
/// POST /api/claims/{id}/attachments: several photos (JPEG, PNG) or documents (PDF) of one category, multipart. Each file is
/// recognised by its content, limited in size, hashed (SHA-256), and for photos its EXIF time and place read and a thumbnail
/// made. One bad file refuses the whole request and nothing is stored.
/// </summary>
public static class UploadAttachments
{
    /// <summary>The multipart form: <c>files</c> (one or more), <c>category</c>, and <c>position</c> for damage photos.</summary>
    public sealed record Form(IFormFileCollection Files, string Category, string? Position);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/claims/{id:guid}/attachments", Handle)
            .RequireAuthorization(Policies.ClaimIntake)
            .DisableAntiforgery() // the app's cookie-write protection checks the header token; bearer calls carry no cookie
            .WithTags("Evidence")
            .Accepts<Form>("multipart/form-data")
            .Produces<IReadOnlyList<AttachmentView>>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesValidationProblem()
            .WithSummary("Attach photos (JPEG, PNG) or documents (PDF) of one category to a claim; type is checked by content.");

    public static async Task<IResult> Handle(
        Guid id, HttpRequest request, Principal user, ClaimsDbContext db, IBlobStore blobs, PhotoReader photos, EvidenceOptions options,
        FraudAssessor fraud, TimeProvider time, CancellationToken ct)
    {
        var claim = await db.Claims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (claim is null)
        {
            return TypedResults.Problem($"Claim {id} does not exist.", statusCode: StatusCodes.Status404NotFound);
        }

        return await AcceptAsync(claim, request, user.UserName(), db, blobs, photos, options, fraud, time, ct);
    }

    /// <summary>The upload onto a known claim, by staff or by the policyholder's signed link: the same checks, limits and storage.</summary>
    public static async Task<IResult> AcceptAsync(
        Claim claim, HttpRequest request, string uploadedBy, ClaimsDbContext db, IBlobStore blobs, PhotoReader photos, EvidenceOptions options,
        FraudAssessor fraud, TimeProvider time, CancellationToken ct)
    {
        if (!claim.IsOpen)
        {
            return TypedResults.Problem($"Claim {claim.Number} is {claim.Status}; evidence is added to open claims only.",
                statusCode: StatusCodes.Status409Conflict, title: "Claim closed");
        }

        if (await ReadFormAsync(request, options, ct) is not { } form)
        {
            return request.HasFormContentType && request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
                ? TypedResults.Problem($"The upload is larger than {options.MaxRequestBytes:N0} bytes or not a well-formed multipart form.",
                    statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large")
                : TypedResults.Problem("Send the files as multipart/form-data (fields files, category, position).",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a multipart form");
        }

        var (files, errors) = await CheckAsync(form, options, photos, ct);
        if (errors.Count > 0)
        {
            var tooLarge = errors.Count == 1 && errors.ContainsKey("files") && errors["files"].All(e => e.Contains("larger than", StringComparison.Ordinal));
            return tooLarge
                ? TypedResults.Problem(string.Join(" ", errors["files"]), statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large")
                : TypedResults.ValidationProblem(errors);
        }

        var category = EnumText.TryParse(form["category"].ToString(), out EvidenceCategory c) ? c : default;
        var now = time.GetUtcNow().UtcDateTime;
        var added = new List<Attachment>();
        var written = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var attachmentId = Guid.CreateVersion7(time.GetUtcNow());
                var key = $"claims/{claim.Id:N}/{attachmentId:N}";
                var attachment = Attachment.Add(attachmentId, claim.Id, category, form["position"].ToString(), file.Name, file.Kind, file.Content.Length,
                    Convert.ToHexStringLower(SHA256.HashData(file.Content)), key, uploadedBy, now);
                await blobs.PutAsync(key, file.Content, ct);
                written.Add(key);
                if (file.Photo is { } facts)
                {
                    var thumbKey = key + ".thumb.jpg";
                    await blobs.PutAsync(thumbKey, photos.Thumbnail(file.Content), ct);
                    written.Add(thumbKey);
                    attachment.DescribePhoto(facts.Width, facts.Height, thumbKey, facts.TakenAtUtc, facts.Latitude, facts.Longitude);
                }

                added.Add(attachment);
            }

            db.AddRange(added);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // Nothing stays of a refused upload: the files already written go with it.
            foreach (var key in written)
            {
                await blobs.DeleteAsync(key, CancellationToken.None);
            }

            throw;
        }

        await fraud.AssessAsync(claim.Id, FraudTrigger.Evidence, ct);
        var reused = await AttachmentView.ReusedAsync(db, claim.Id, ct);
        return TypedResults.Created($"/api/claims/{claim.Id}/attachments",
            added.Select(a => AttachmentView.Of(a, reused.TryGetValue(a.Sha256, out var others) ? others : [])).ToList());
    }

    private sealed record CheckedFile(string Name, EvidenceKind Kind, byte[] Content, PhotoFacts? Photo);

    private static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, EvidenceOptions options, CancellationToken ct)
    {
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = options.MaxRequestBytes,
            ValueCountLimit = options.MaxFilesPerUpload + 10,
        }));
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return null;
        }
    }

    private static async Task<(List<CheckedFile> Files, Dictionary<string, string[]> Errors)> CheckAsync(
        IFormCollection form, EvidenceOptions options, PhotoReader photos, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!EnumText.TryParse(form["category"].ToString(), out EvidenceCategory category))
        {
            errors["category"] = [$"One of: {EnumText.Names<EvidenceCategory>()}."];
        }

        var position = form["position"].ToString();
        if (position.Length > Attachment.MaxPosition)
        {
            errors["position"] = [$"At most {Attachment.MaxPosition} characters."];
        }
        else if (category == EvidenceCategory.Damage && errors.Count == 0 && string.IsNullOrWhiteSpace(position))
        {
            errors["position"] = ["A damage photo names the part position (e.g. front bumper)."];
        }

        var files = new List<CheckedFile>();
        var problems = new List<string>();
        if (form.Files.Count == 0 || form.Files.Count > options.MaxFilesPerUpload)
        {
            problems.Add($"Send from 1 to {options.MaxFilesPerUpload} files.");
        }

        foreach (var file in form.Files.Take(options.MaxFilesPerUpload))
        {
            if (file.Length > options.MaxFileBytes)
            {
                problems.Add($"{file.FileName} is larger than {options.MaxFileBytes:N0} bytes.");
                continue;
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            var kind = EvidenceContent.Sniff(content.AsSpan(0, Math.Min(content.Length, EvidenceContent.HeadLength)));
            if (kind is null)
            {
                problems.Add($"{file.FileName} is not a JPEG, PNG or PDF by its content.");
                continue;
            }

            var facts = EvidenceContent.IsPhoto(kind.Value) ? photos.Read(content) : null;
            if (EvidenceContent.IsPhoto(kind.Value) && facts is null)
            {
                problems.Add($"{file.FileName} is not a readable photo of at most {options.MaxPixels:N0} pixels.");
                continue;
            }

            files.Add(new CheckedFile(file.FileName, kind.Value, content, facts));
        }

        if (problems.Count > 0)
        {
            errors["files"] = [.. problems];
        }

        return (files, errors);
    }
}
