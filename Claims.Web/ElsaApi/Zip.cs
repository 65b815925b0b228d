using System.IO.Compression;
using System.Text;

namespace Claims.Web.ElsaApi;

/// <summary>Bulk exports answer, as Elsa does, with a zip of one JSON file per item.</summary>
public static class Zip
{
    public static byte[] Of(IEnumerable<(string Name, string Json)> files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, json) in files)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(Encoding.UTF8.GetBytes(json));
            }
        }

        return buffer.ToArray();
    }
}
