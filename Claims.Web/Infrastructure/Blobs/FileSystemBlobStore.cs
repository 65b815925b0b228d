using System.Text.RegularExpressions;

namespace Claims.Web.Infrastructure.Blobs;

/// <summary>Blobs as files under one root folder (by default <c>App_Data/blobs</c> under the content root).</summary>
public sealed partial class FileSystemBlobStore(string root) : IBlobStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and renamed: a reader never sees half a file.
        var partial = path + ".partial";
        await File.WriteAllBytesAsync(partial, content.ToArray(), ct);
        File.Move(partial, path, overwrite: false);
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>Keys are made by the app, never by a client; a key that could leave the root is a bug.</summary>
    private string PathOf(string key)
    {
        if (!KeyPattern().IsMatch(key) || key.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' is not a blob key.", nameof(key));
        }

        return Path.Combine(Root, key);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9./-]{0,200}$")]
    private static partial Regex KeyPattern();
}
