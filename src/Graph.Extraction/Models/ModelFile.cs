using System.IO.Compression;
using System.Text;

namespace Graph.Extraction.Models;

/// <summary>
/// The envelope of every model file: gzip, then a kind name and a format version, then the model's
/// own content, then a metadata section (what it was trained on, its scores). A wrong kind or
/// version is reported by name rather than read as garbage.
/// </summary>
public static class ModelFile
{
    private const string Signature = "graph-model";

    /// <summary>Writes a model file: <paramref name="body"/> writes the content.</summary>
    public static void Write(Stream stream, string kind, int version, IReadOnlyDictionary<string, string> metadata, Action<BinaryWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(metadata);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Signature);
        w.Write(kind);
        w.Write(version);
        w.Write(metadata.Count);
        foreach (var (k, v) in metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v);
        }

        body(w);
    }

    /// <summary>Reads a model file of the given kind and version; <paramref name="body"/> reads the content.</summary>
    public static T Read<T>(Stream stream, string kind, int version, Func<BinaryReader, T> body, out IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16), Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadString() != Signature)
            {
                throw new InvalidDataException("not a graph model file");
            }

            var actualKind = r.ReadString();
            var actualVersion = r.ReadInt32();
            if (actualKind != kind || actualVersion != version)
            {
                throw new InvalidDataException($"model file holds a {actualKind} v{actualVersion}; expected a {kind} v{version}");
            }

            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            var count = r.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var k = r.ReadString();
                meta[k] = r.ReadString();
            }

            metadata = meta;
            return body(r);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{kind} model file is truncated", e);
        }
    }
}
