using System.ComponentModel.DataAnnotations;
using Claims.Domain.Evidence;

namespace Claims.Web.Features.Evidence;

/// <summary>Bound from <c>Evidence</c>: where files go, how large they may be, and what a claim needs before its estimate.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>The file-system blob store's folder; relative to the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string BlobFolder { get; set; } = "App_Data/blobs";

    [Range(1024, 100L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    [Range(1, 50)]
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>A photo larger than this (width × height) is refused before it is decoded.</summary>
    [Range(1, 200_000_000)]
    public int MaxPixels { get; set; } = 60_000_000;

    /// <summary>The longer side of a thumbnail, in pixels.</summary>
    [Range(32, 1024)]
    public int ThumbnailSize { get; set; } = 320;

    /// <summary>Cameras record local time without a zone; this is the offset assumed when the photo does not say (China Standard Time).</summary>
    [Range(-14, 14)]
    public double CameraUtcOffsetHours { get; set; } = 8;

    /// <summary>Refuse to submit an estimate while required evidence is missing.</summary>
    public bool EnforceRequired { get; set; } = true;

    /// <summary>The required list per claim type (<c>Evidence:Required:ByClaimType:Default:Damage</c> = 4, …).</summary>
    public RequiredEvidence Required { get; set; } = new();

    public long MaxRequestBytes => (MaxFileBytes * MaxFilesPerUpload) + (1024 * 1024);
}
