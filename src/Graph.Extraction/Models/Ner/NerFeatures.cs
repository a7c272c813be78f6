using Graph.Extraction.Entities;

namespace Graph.Extraction.Models.Ner;

/// <summary>
/// Turns a sentence's tokens into hashed feature indices, a fixed number per token: word, shape, affixes,
/// neighbours, gazetteer membership. Hashing keeps the model a flat array and extraction free of per-feature strings.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Number of hash buckets (a power of two).</summary>
    public const int Buckets = 1 << 20;

    private const int Mask = Buckets - 1;

    public const int PerToken = 34;

    private const ulong Boundary = 0x5bd1e9955bd1e995UL;

    /// <summary>Fills <paramref name="features"/> (tokens × <see cref="PerToken"/>) for the sentence.</summary>
    public static void Extract(IReadOnlyList<string> tokens, Gazetteer gazetteer, Span<int> features) =>
        Extract(tokens, gazetteer.Match(tokens), features);

    /// <summary>As above, with the sentence's gazetteer matches already found (a caller that needs them too matches once).</summary>
    public static void Extract(IReadOnlyList<string> tokens, List<GazetteerMatch> matches, Span<int> features)
    {
        var n = tokens.Count;
        var all = n <= 128 ? stackalloc ulong[4 * n] : new ulong[4 * n];
        var lower = all[..n];
        var shape = all.Slice(n, n);
        var shortShape = all.Slice(2 * n, n);
        var gaz = all.Slice(3 * n, n);
        gaz.Clear();
        for (var i = 0; i < n; i++)
        {
            var token = tokens[i].AsSpan();
            lower[i] = HashLower(token);
            (shape[i], shortShape[i]) = HashShapes(token);
        }

        foreach (var match in matches)
        {
            for (var i = match.Start; i < match.End; i++)
            {
                var position = match.End - match.Start == 1 ? 3UL : i == match.Start ? 0UL : i == match.End - 1 ? 2UL : 1UL;
                gaz[i] = 1 + ((ulong)match.Entry.Class * 4) + position;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var f = features.Slice(i * PerToken, PerToken);
            var token = tokens[i].AsSpan();
            var prev = i > 0 ? lower[i - 1] : Boundary;
            var next = i + 1 < n ? lower[i + 1] : Boundary + 1;
            var prev2 = i > 1 ? lower[i - 2] : Boundary;
            var next2 = i + 2 < n ? lower[i + 2] : Boundary + 1;
            var prevShape = i > 0 ? shortShape[i - 1] : Boundary;
            var nextShape = i + 1 < n ? shortShape[i + 1] : Boundary + 1;
            var first = char.IsUpper(token[0]);
            var k = 0;
            f[k++] = Bucket(0, 0);
            f[k++] = Bucket(1, lower[i]);
            f[k++] = Bucket(2, HashExact(token));
            for (var len = 1; len <= 4; len++)
            {
                f[k++] = Bucket(2 + len, token.Length >= len ? HashLower(token[..len]) : Boundary);
                f[k++] = Bucket(6 + len, token.Length >= len ? HashLower(token[^len..]) : Boundary);
            }

            f[k++] = Bucket(11, shape[i]);
            f[k++] = Bucket(12, shortShape[i]);
            f[k++] = Bucket(13, prev);
            f[k++] = Bucket(14, next);
            f[k++] = Bucket(15, prev2);
            f[k++] = Bucket(16, next2);
            f[k++] = Bucket(17, prevShape);
            f[k++] = Bucket(18, nextShape);
            f[k++] = Bucket(19, Combine(prev, lower[i]));
            f[k++] = Bucket(20, Combine(lower[i], next));
            f[k++] = Bucket(21, Combine(Combine(prevShape, shortShape[i]), nextShape));
            f[k++] = Bucket(22, (ulong)(i == 0 ? 1 : 0) + (first ? 2UL : 0UL));
            f[k++] = Bucket(23, gaz[i]);
            f[k++] = Bucket(24, Combine(i > 0 ? gaz[i - 1] : Boundary, gaz[i]));
            f[k++] = Bucket(25, Combine(gaz[i], i + 1 < n ? gaz[i + 1] : Boundary));
            f[k++] = Bucket(26, Combine(lower[i], nextShape));
            f[k++] = Bucket(27, Combine(prevShape, lower[i]));
            f[k++] = Bucket(28, Combine(prev, shortShape[i]));
            f[k++] = Bucket(29, Combine(shortShape[i], next));
            f[k++] = Bucket(30, (ulong)Math.Min(token.Length, 12));
            f[k++] = Bucket(31, Combine(i > 1 ? shortShape[i - 2] : Boundary, prevShape));
            f[k++] = Bucket(32, Combine(gaz[i], shortShape[i]));
            f[k++] = Bucket(33, Combine(i > 0 ? gaz[i - 1] : Boundary, shortShape[i]));
        }
    }

    private static int Bucket(int template, ulong value) => (int)(Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ value) & Mask);

    private static ulong Combine(ulong a, ulong b) => Mix(a + 0x632BE59BD9B4E019UL) ^ b;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a of the lower-cased token, digits folded to 0 ("1990" and "2004" look alike).</summary>
    private static ulong HashLower(ReadOnlySpan<char> token)
    {
        var h = 14695981039346656037UL;
        foreach (var c in token)
        {
            var folded = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            h = (h ^ folded) * 1099511628211UL;
        }

        return h;
    }

    private static ulong HashExact(ReadOnlySpan<char> token)
    {
        var h = 14695981039346656037UL ^ 0xFF;
        foreach (var c in token)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    /// <summary>Word shape ("Xxxxx", "XX", "dd.d") truncated to 8 characters, and its short form with runs collapsed ("Xx").</summary>
    private static (ulong Shape, ulong Short) HashShapes(ReadOnlySpan<char> token)
    {
        var shape = 14695981039346656037UL;
        var shortShape = shape;
        var last = '\0';
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (i < 8)
            {
                shape = (shape ^ s) * 1099511628211UL;
            }

            if (s != last)
            {
                shortShape = (shortShape ^ s) * 1099511628211UL;
                last = s;
            }
        }

        return (shape, shortShape);
    }
}
