namespace Claims.Web.Infrastructure.Blobs;

/// <summary>Where uploaded files live; the file system by default, a cloud store by replacing this one registration.</summary>
public interface IBlobStore
{
    /// <summary>Stores the content under <paramref name="key"/> (letters, digits, '-', '.', '/'), replacing nothing: keys are new.</summary>
    Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>The content, or null when the key holds nothing.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
