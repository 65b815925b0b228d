using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Claims.Domain.Common;
using Claims.Domain.Claims;
using Claims.Domain.Evidence;
using Claims.Web.Features.Evidence;
using Claims.Web.Features.Fraud;
using Claims.Web.Infrastructure.Blobs;
using Claims.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Claims.Web.Infrastructure.Seeding.Book;

/// <summary>One file of an upload: its name, content type and bytes.</summary>
public sealed record DemoFile(string Name, string ContentType, byte[] Content);

/// <summary>
/// Evidence through the real upload handler (<see cref="UploadAttachments"/>, a multipart body as a browser sends it): small
/// JPEGs made on the book's serial (distinct, the same on every seed) with EXIF time and GPS near the loss, and one-page PDFs.
/// </summary>
public static class DemoEvidence
{
    public const string DamagePosition = "front bumper";

    private static readonly Dictionary<string, (double Lat, double Lon)> RegionPlaces = new()
    {
        ["SH"] = (31.2304, 121.4737), ["BJ"] = (39.9042, 116.4074), ["GD"] = (23.1291, 113.2644),
    };

    /// <summary>What the survey needs by default: four damage photos, the driving licence, the registration.</summary>
    public static async Task AttachRequiredAsync(DemoBook book, Claim claim, string user, CancellationToken ct, int damagePhotos = 4, bool documents = true)
    {
        if (damagePhotos > 0)
        {
            await UploadAsync(book, claim.Id, user, EvidenceCategory.Damage, DamagePosition,
                [.. Enumerable.Range(1, damagePhotos).Select(i => Photo(book, claim, $"damage-{i}.jpg"))], ct);
        }

        if (documents)
        {
            await UploadAsync(book, claim.Id, user, EvidenceCategory.DrivingLicence, null, [Pdf("driving-licence.pdf", "Driving licence", claim)], ct);
            await UploadAsync(book, claim.Id, user, EvidenceCategory.Registration, null, [Pdf("registration.pdf", "Vehicle registration", claim)], ct);
        }
    }

    /// <summary>Posts the files as one multipart upload of a category through the app's handler; throws when it is refused.</summary>
    public static async Task UploadAsync(DemoBook book, Guid claimId, string user, EvidenceCategory category, string? position, IReadOnlyList<DemoFile> files, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent("demo-book-upload");
        form.Add(new StringContent(category.ToString()), "category");
        if (position is not null)
        {
            form.Add(new StringContent(position), "position");
        }

        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            form.Add(content, "files", file.Name);
        }

        var body = new MemoryStream();
        await form.CopyToAsync(body, ct);
        body.Position = 0;
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = form.Headers.ContentType!.ToString();
        http.Request.ContentLength = body.Length;
        http.Request.Body = body;
        var result = await book.InScopeAsync(sp => UploadAttachments.Handle(claimId, http.Request, DemoBook.User(user, Roles.LossAdjuster),
            sp.GetRequiredService<ClaimsDbContext>(), sp.GetRequiredService<IBlobStore>(), sp.GetRequiredService<PhotoReader>(),
            sp.GetRequiredService<EvidenceOptions>(), sp.GetRequiredService<FraudAssessor>(), sp.GetRequiredService<TimeProvider>(), ct));
        if (result is not Created<List<AttachmentView>>)
        {
            throw new InvalidOperationException($"The demo upload of {category} to claim {claimId} was refused: {DemoBook.Describe(result)}");
        }
    }

    /// <summary>The stored bytes of a photo already on another claim (what a reused photo is).</summary>
    public static async Task<DemoFile> StoredAsync(DemoBook book, Attachment attachment, CancellationToken ct)
    {
        await using var stream = await book.Services.GetRequiredService<IBlobStore>().OpenAsync(attachment.BlobKey, ct)
            ?? throw new InvalidOperationException($"Attachment {attachment.Id} has no stored content.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return new DemoFile(attachment.FileName, attachment.ContentType, copy.ToArray());
    }

    /// <summary>A 160×120 JPEG unique to the book's next serial, taken minutes after the loss near the region's city (EXIF local time, GPS).</summary>
    public static DemoFile Photo(DemoBook book, Claim claim, string name)
    {
        var serial = book.NextSerial();
        var random = new Random(DemoBook.Seed + serial);
        using var image = new Image<Rgb24>(160, 120);
        var (r, g, b) = ((byte)random.Next(60, 200), (byte)random.Next(60, 200), (byte)random.Next(60, 200));
        var (x0, y0) = (random.Next(10, 90), random.Next(10, 60));
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var dent = x >= x0 && x < x0 + 50 && y >= y0 && y < y0 + 40;
                image[x, y] = dent ? new Rgb24((byte)(r / 3), (byte)(g / 3), (byte)(b / 3)) : new Rgb24((byte)(r + (x / 4)), (byte)(g + (y / 4)), b);
            }
        }

        var taken = claim.LossAt.AddMinutes(10 + random.Next(0, 50)).AddHours(8);
        var (lat, lon) = RegionPlaces.TryGetValue(claim.RegionCode, out var place) ? place : RegionPlaces["SH"];
        var profile = new ExifProfile();
        profile.SetValue(ExifTag.Make, "Demo");
        profile.SetValue(ExifTag.DateTimeOriginal, taken.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture));
        profile.SetValue(ExifTag.GPSLatitudeRef, "N");
        profile.SetValue(ExifTag.GPSLatitude, Degrees(lat + (random.Next(-200, 200) / 10_000d)));
        profile.SetValue(ExifTag.GPSLongitudeRef, "E");
        profile.SetValue(ExifTag.GPSLongitude, Degrees(lon + (random.Next(-200, 200) / 10_000d)));
        image.Metadata.ExifProfile = profile;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 60 });
        return new DemoFile(name, "image/jpeg", output.ToArray());
    }

    /// <summary>A valid one-page PDF (Helvetica text, a correct cross-reference table) naming the document and the claim.</summary>
    public static DemoFile Pdf(string name, string title, Claim claim)
    {
        static string Escape(string s) => new(s.Where(c => c is >= ' ' and <= '~').SelectMany(c => c is '(' or ')' or '\\' ? ['\\', c] : new[] { c }).ToArray());
        var text = $"BT /F1 16 Tf 30 240 Td ({Escape(title)}) Tj /F1 11 Tf 0 -28 Td (Claim {Escape(claim.Number)}, policy {Escape(claim.PolicyNumber)}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 297] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return new DemoFile(name, "application/pdf", Encoding.ASCII.GetBytes(pdf.ToString()));
    }

    private static Rational[] Degrees(double value)
    {
        var degrees = Math.Floor(value);
        var minutes = Math.Floor((value - degrees) * 60);
        var seconds = (((value - degrees) * 60) - minutes) * 60;
        return [new Rational((uint)degrees, 1), new Rational((uint)minutes, 1), new Rational((uint)Math.Round(seconds * 100), 100)];
    }
}
