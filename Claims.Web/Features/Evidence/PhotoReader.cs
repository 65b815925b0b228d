using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Processing;

namespace Claims.Web.Features.Evidence;

/// <summary>What a photo says about itself: size, EXIF time (UTC) and GPS place.</summary>
public sealed record PhotoFacts(int Width, int Height, DateTime? TakenAtUtc, double? Latitude, double? Longitude);

/// <summary>Reads EXIF (MetadataExtractor) and makes thumbnails (ImageSharp) of photos already recognised by their content.</summary>
public sealed class PhotoReader(EvidenceOptions options)
{
    /// <summary>The photo's facts, or null when it cannot be decoded or is larger than the pixel limit.</summary>
    public PhotoFacts? Read(byte[] content)
    {
        var info = Identify(content);
        if (info is null || (long)info.Width * info.Height > options.MaxPixels)
        {
            return null;
        }

        var (taken, latitude, longitude) = Exif(content);
        return new PhotoFacts(info.Width, info.Height, taken, latitude, longitude);
    }

    /// <summary>A JPEG no larger than <see cref="EvidenceOptions.ThumbnailSize"/> on its longer side, turned upright, without metadata.</summary>
    public byte[] Thumbnail(byte[] content)
    {
        using var image = Image.Load(content);
        image.Mutate(x => x.AutoOrient().Resize(new ResizeOptions { Size = new Size(options.ThumbnailSize), Mode = ResizeMode.Max }));
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 75 });
        return output.ToArray();
    }

    private static IImageInfo? Identify(byte[] content)
    {
        try
        {
            return Image.Identify(content);
        }
        catch (Exception ex) when (ex is ImageFormatException or NotSupportedException or InvalidDataException)
        {
            return null;
        }
    }

    private (DateTime? Taken, double? Latitude, double? Longitude) Exif(byte[] content)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(new MemoryStream(content, writable: false));
        }
        catch (Exception ex) when (ex is MetadataExtractor.ImageProcessingException or IOException)
        {
            return (null, null, null);
        }

        var location = directories.OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation();
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        DateTime? taken = null;
        if (exif is not null && exif.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var local))
        {
            var offset = TimeSpan.FromHours(options.CameraUtcOffsetHours);
            if (exif.GetString(ExifDirectoryBase.TagTimeZoneOriginal) is { Length: 6 } zone && zone[0] is '+' or '-'
                && TimeSpan.TryParseExact(zone[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var stated))
            {
                offset = zone[0] == '-' ? -stated : stated;
            }

            taken = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return location is { } at && !at.IsZero ? (taken, at.Latitude, at.Longitude) : (taken, null, null);
    }
}
