namespace Claims.Domain.Evidence;

/// <summary>Recognises an upload by its first bytes (magic numbers): a renamed executable is none of these.</summary>
public static class EvidenceContent
{
    /// <summary>Bytes enough to recognise every accepted kind.</summary>
    public const int HeadLength = 8;

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    public static EvidenceKind? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith(Jpeg) ? EvidenceKind.Jpeg
        : head.StartsWith(Png) ? EvidenceKind.Png
        : head.StartsWith(Pdf) ? EvidenceKind.Pdf
        : null;

    public static string ContentType(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Jpeg => "image/jpeg",
        EvidenceKind.Png => "image/png",
        _ => "application/pdf",
    };

    public static bool IsPhoto(EvidenceKind kind) => kind is EvidenceKind.Jpeg or EvidenceKind.Png;
}
