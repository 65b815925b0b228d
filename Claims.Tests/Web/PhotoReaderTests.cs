using Claims.Tests.Builders;
using Claims.Web.Features.Evidence;
using SixLabors.ImageSharp;

namespace Claims.Tests.Web;

/// <summary>EXIF time and GPS read from a real JPEG fixture, and the thumbnail made from it.</summary>
public sealed class PhotoReaderTests
{
    private readonly PhotoReader _reader = new(new EvidenceOptions());

    [Fact]
    public void Read_FixtureWithGps_GivesPlaceAndUtcTime()
    {
        var facts = _reader.Read(EvidencePhotos.SceneWithGps());

        Assert.NotNull(facts);
        Assert.Equal((160, 120, new DateTime(2026, 11, 30, 6, 30, 0, DateTimeKind.Utc)), (facts.Width, facts.Height, facts.TakenAtUtc));
        Assert.Equal(31.24, facts.Latitude!.Value, 4);
        Assert.Equal(121.49, facts.Longitude!.Value, 4);
    }

    [Fact]
    public void Read_PhotoWithoutExif_GivesSizeOnly()
    {
        var facts = _reader.Read(EvidencePhotos.Png(1, 40, 30));

        Assert.Equal(new PhotoFacts(40, 30, null, null, null), facts);
    }

    [Fact]
    public void Read_NotAnImage_IsNull() => Assert.Null(_reader.Read([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]));

    [Fact]
    public void Read_MorePixelsThanAllowed_IsNull() =>
        Assert.Null(new PhotoReader(new EvidenceOptions { MaxPixels = 1000 }).Read(EvidencePhotos.SceneWithGps()));

    [Fact]
    public void Thumbnail_Fixture_IsASmallerJpegWithoutExif()
    {
        var thumbnail = new PhotoReader(new EvidenceOptions { ThumbnailSize = 80 }).Thumbnail(EvidencePhotos.SceneWithGps());

        using var image = Image.Load(thumbnail);
        Assert.Equal((80, 60, true), (image.Width, image.Height, image.Metadata.ExifProfile is null));
        Assert.Null(new PhotoReader(new EvidenceOptions()).Read(thumbnail)!.Latitude);
    }
}
