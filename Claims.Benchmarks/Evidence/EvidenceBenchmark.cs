using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Claims.Domain.Evidence;
using Claims.Web.Features.Evidence;
using Claims.Web.Infrastructure.Blobs;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Claims.Benchmarks.Evidence;

/// <summary>
/// <c>evidence [photos=10] [width=4000] [height=3000] [runs=5]</c>: a claim's photos through what the upload does with each
/// file once it has arrived (content sniff, EXIF read, SHA-256, blob write, thumbnail and its write), against a baseline
/// timed in the same runs: the same bytes only written to the blob store. Then the thumbnail alone per photo, against a
/// decode-only baseline. Medians of the runs after one warm-up; the photos are generated 12 MP-class JPEGs with EXIF GPS.
/// </summary>
internal static class EvidenceBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var width = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4000;
        var height = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3000;
        var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
        var photos = Enumerable.Range(0, count).Select(i => Photo(i, width, height)).ToList();
        var megabytes = photos.Sum(p => p.Length) / 1048576.0;
        Console.WriteLine($"{count} photos {width}×{height}, {megabytes:N1} MB in all; load average {LoadAverage()}");

        var options = new EvidenceOptions { MaxPixels = width * height };
        var reader = new PhotoReader(options);
        var folder = Directory.CreateTempSubdirectory("claims-evidence-bench-").FullName;
        try
        {
            var store = new FileSystemBlobStore(folder);
            var (write, upload, decode, thumbnail) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var run = 0; run <= runs; run++)
            {
                var w = await TimeAsync(() => WriteOnlyAsync(store, photos, run));
                var u = await TimeAsync(() => ProcessAsync(store, reader, photos, run));
                var d = await TimeAsync(() => Each(photos, p => Image.Load(p).Dispose()));
                var t = await TimeAsync(() => Each(photos, p => reader.Thumbnail(p)));
                if (run > 0)
                {
                    write.Add(w);
                    upload.Add(u);
                    decode.Add(d);
                    thumbnail.Add(t);
                }
            }

            Console.WriteLine($"Upload processing: {megabytes / Median(upload) * 1000:N1} MB/s ({Median(upload):N0} ms for the claim) "
                + $"vs blob write only {megabytes / Median(write) * 1000:N1} MB/s: ratio {Median(upload) / Median(write):N1}×");
            Console.WriteLine($"Thumbnail: {Median(thumbnail) / count:N0} ms per photo vs decode only {Median(decode) / count:N0} ms: ratio {Median(thumbnail) / Median(decode):N2}×");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task WriteOnlyAsync(IBlobStore store, List<byte[]> photos, int run)
    {
        for (var i = 0; i < photos.Count; i++)
        {
            await store.PutAsync($"w{run}/{i}", photos[i], default);
        }
    }

    /// <summary>The upload's work per file, in its order (UploadAttachments).</summary>
    private static async Task ProcessAsync(IBlobStore store, PhotoReader reader, List<byte[]> photos, int run)
    {
        for (var i = 0; i < photos.Count; i++)
        {
            var content = photos[i];
            if (EvidenceContent.Sniff(content.AsSpan(0, EvidenceContent.HeadLength)) is not EvidenceKind.Jpeg || reader.Read(content) is not { Latitude: not null })
            {
                throw new InvalidOperationException("A generated photo was not read back.");
            }

            _ = Convert.ToHexStringLower(SHA256.HashData(content));
            await store.PutAsync($"u{run}/{i}", content, default);
            await store.PutAsync($"u{run}/{i}.thumb.jpg", reader.Thumbnail(content), default);
        }
    }

    private static Task Each(List<byte[]> photos, Action<byte[]> work)
    {
        photos.ForEach(work);
        return Task.CompletedTask;
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>A phone-like photo: smooth light with fine noise (so it compresses like a real scene), EXIF time and GPS.</summary>
    internal static byte[] Photo(int seed, int width, int height)
    {
        var random = new Random(seed);
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var noise = random.Next(24);
                    row[x] = new Rgb24((byte)((x * 200 / width) + noise), (byte)((y * 200 / height) + noise), (byte)(120 + noise));
                }
            }
        });
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.DateTimeOriginal, "2026:11:30 14:30:00");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, new[] { new Rational(31, 1), new Rational(14, 1), new Rational((uint)(2400 + seed), 100) });
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, new[] { new Rational(121, 1), new Rational(29, 1), new Rational(2400, 100) });
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";
}
