namespace Claims.Domain.Evidence;

/// <summary>A photo or document on a claim: what it shows, what it is by content, its hash and (photos) the EXIF time and place.</summary>
public sealed class Attachment
{
    public const int MaxFileName = 200;
    public const int MaxPosition = 60;

    private Attachment() { }

    public Guid Id { get; private set; }
    public Guid ClaimId { get; private set; }
    public EvidenceCategory Category { get; private set; }
    /// <summary>The damaged part's position (a labour-standard position, e.g. "front bumper"); damage photos only.</summary>
    public string? Position { get; private set; }
    public string FileName { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }
    public long Size { get; private set; }
    /// <summary>SHA-256 of the content, lower-case hex: the same photo on another claim has the same hash.</summary>
    public string Sha256 { get; private set; } = "";
    public string BlobKey { get; private set; } = "";
    public string? ThumbnailKey { get; private set; }
    public int? Width { get; private set; }
    public int? Height { get; private set; }
    public DateTime? TakenAtUtc { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }

    public bool IsPhoto => EvidenceContent.IsPhoto(Kind);

    public string ContentType => EvidenceContent.ContentType(Kind);

    public static Attachment Add(
        Guid id, Guid claimId, EvidenceCategory category, string? position, string fileName, EvidenceKind kind, long size, string sha256,
        string blobKey, string uploadedBy, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentException.ThrowIfNullOrWhiteSpace(blobKey);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var name = Path.GetFileName(fileName.Trim());
        return new Attachment
        {
            Id = id, ClaimId = claimId, Category = category,
            Position = category == EvidenceCategory.Damage && !string.IsNullOrWhiteSpace(position) ? position.Trim() : null,
            FileName = name.Length == 0 ? "file" : name[..Math.Min(name.Length, MaxFileName)],
            Kind = kind, Size = size, Sha256 = sha256, BlobKey = blobKey, UploadedBy = uploadedBy, UploadedAt = now,
        };
    }

    /// <summary>What the photo itself says: its pixels, its thumbnail, and the camera's time and place when it recorded them.</summary>
    public void DescribePhoto(int width, int height, string? thumbnailKey, DateTime? takenAtUtc, double? latitude, double? longitude)
    {
        Width = width;
        Height = height;
        ThumbnailKey = thumbnailKey;
        TakenAtUtc = takenAtUtc;
        (Latitude, Longitude) = latitude is not null && longitude is not null ? (latitude, longitude) : (null, null);
    }
}

/// <summary>One download of an attachment (or its thumbnail): who, when.</summary>
public sealed class AttachmentDownload
{
    private AttachmentDownload() { }

    public long Id { get; private set; }
    public Guid AttachmentId { get; private set; }
    public Guid ClaimId { get; private set; }
    public bool Thumbnail { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }

    public static AttachmentDownload Of(Attachment attachment, bool thumbnail, string by, DateTime at) =>
        new() { AttachmentId = attachment.Id, ClaimId = attachment.ClaimId, Thumbnail = thumbnail, By = by, At = at };
}
