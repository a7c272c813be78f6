using System.Security.Cryptography;
using System.Text;

namespace Graph.Core.Model;

/// <summary>The content hash of an article: SHA-256 of its text as UTF-8, lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
