using System.Globalization;
using System.Net.Http.Headers;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Claims.Tests.Builders;

/// <summary>Real photos made with ImageSharp (distinct pixels per seed, optional EXIF time and GPS) and the multipart upload call.</summary>
public static class EvidencePhotos
{
    /// <summary>The committed fixture: 160×120, taken 2026-11-30 14:30 local (06:30 UTC at +8), at 31.24 N 121.49 E (the Bund).</summary>
    public static byte[] SceneWithGps() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Evidence", "scene-gps.jpg"));

    public static byte[] Jpeg(int seed, int width = 64, int height = 48, DateTime? takenLocal = null, double? latitude = null, double? longitude = null)
    {
        using var image = Paint(seed, width, height);
        if (takenLocal is not null || latitude is not null)
        {
            var exif = new ExifProfile();
            if (takenLocal is { } taken)
            {
                exif.SetValue(ExifTag.DateTimeOriginal, taken.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture));
            }

            if (latitude is { } lat && longitude is { } lon)
            {
                exif.SetValue(ExifTag.GPSLatitudeRef, lat >= 0 ? "N" : "S");
                exif.SetValue(ExifTag.GPSLatitude, Dms(lat));
                exif.SetValue(ExifTag.GPSLongitudeRef, lon >= 0 ? "E" : "W");
                exif.SetValue(ExifTag.GPSLongitude, Dms(lon));
            }

            image.Metadata.ExifProfile = exif;
        }

        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    public static byte[] Png(int seed, int width = 64, int height = 48)
    {
        using var image = Paint(seed, width, height);
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    /// <summary>A minimal PDF: the header is what the upload checks.</summary>
    public static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid claimId, string category, string? position, params (string Name, byte[] Content, string Type)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(category), "category" } };
        if (position is not null)
        {
            form.Add(new StringContent(position), "position");
        }

        foreach (var (name, content, type) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "files", name);
        }

        return client.PostAsync($"/api/claims/{claimId}/attachments", form);
    }

    /// <summary>The DOMAIN.md default: four damage photos, the driving licence and the registration.</summary>
    public static async Task UploadRequiredAsync(HttpClient client, Guid claimId, int seed)
    {
        var damage = Enumerable.Range(0, 4).Select(i => ($"damage-{i}.jpg", Jpeg(seed * 10 + i), "image/jpeg")).ToArray();
        (await UploadAsync(client, claimId, "Damage", "front bumper", damage)).EnsureSuccessStatusCode();
        (await UploadAsync(client, claimId, "DrivingLicence", null, ("licence.pdf", Pdf($"licence {seed}"), "application/pdf"))).EnsureSuccessStatusCode();
        (await UploadAsync(client, claimId, "Registration", null, ("registration.png", Png(seed * 10 + 9), "image/png"))).EnsureSuccessStatusCode();
    }

    private static Image<Rgb24> Paint(int seed, int width, int height)
    {
        var random = new Random(seed);
        var image = new Image<Rgb24>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgb24((byte)random.Next(256), (byte)(x * 4), (byte)(y * 5));
            }
        }

        return image;
    }

    private static Rational[] Dms(double degrees)
    {
        var d = Math.Abs(degrees);
        var whole = (uint)d;
        var minutes = (uint)((d - whole) * 60);
        var seconds = (uint)Math.Round((((d - whole) * 60) - minutes) * 60 * 100);
        return [new Rational(whole, 1), new Rational(minutes, 1), new Rational(seconds, 100)];
    }
}
