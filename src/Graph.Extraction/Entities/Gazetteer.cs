using System.Reflection;

namespace Graph.Extraction.Entities;

/// <summary>What a gazetteer phrase is.</summary>
/// <remarks>The values are hashed into NER features: append new classes, never renumber (or retrain the model).</remarks>
public enum GazetteerClass : byte
{
    None = 0,

    /// <summary>A country's name or short form ("Russia", "U.S.", "Britain").</summary>
    Country,

    /// <summary>A country adjective ("Russian", "Uzbek"); stands for the country.</summary>
    Demonym,

    City,

    /// <summary>A first-level subdivision (state, province, region).</summary>
    Region,

    /// <summary>A title or role word before a person's name ("President", "spokesman").</summary>
    Title,

    /// <summary>A capital city; its entry's canonical name is its country ("Moscow" → Russia), for capital metonymy.</summary>
    Capital,
}

/// <summary>One gazetteer phrase: its class and the name it stands for ("Russia" for "Russian").</summary>
public sealed record GazetteerEntry(string Phrase, GazetteerClass Class, string Canonical, int TokenCount);

/// <summary>A phrase found in a token sequence: tokens [Start, End).</summary>
public readonly record struct GazetteerMatch(int Start, int End, GazetteerEntry Entry);

/// <summary>
/// Phrase lists from open data (places.tsv: iso-codes countries and subdivisions, world-countries names and
/// demonyms, GeoNames cities; see generate-places.mjs) and the hand-written generic title list, matched
/// case-sensitively over tokens, longest match first, without allocating per lookup.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerEntry> phrases;
    private readonly Dictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly HashSet<string> firstWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordLookup;
    private readonly int maxTokens;

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        phrases = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            phrases.TryAdd(entry.Phrase, entry);
        }

        firstWords = phrases.Keys.Select(p => p.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        maxTokens = phrases.Count == 0 ? 0 : phrases.Values.Max(e => e.TokenCount);
    }

    private static readonly Lazy<Gazetteer> DefaultGazetteer = new(LoadDefault);

    /// <summary>The gazetteer embedded in this assembly.</summary>
    public static Gazetteer Default => DefaultGazetteer.Value;

    public int Count => phrases.Count;

    public bool TryGet(string phrase, out GazetteerEntry entry) => phrases.TryGetValue(phrase, out entry!);

    /// <summary>
    /// The country whose capital <paramref name="city"/> is ("Moscow" → "Russia"), or null. For reference resolution:
    /// GUIDELINES reads a capital that acts as its country's government ("New Delhi bought gas").
    /// </summary>
    public string? CountryOfCapital(string city) =>
        phrases.TryGetValue(city, out var entry) && entry.Class == GazetteerClass.Capital ? entry.Canonical : null;

    /// <summary>
    /// The phrases found in <paramref name="tokens"/>, longest first from left to right, none overlapping.
    /// A phrase is matched on its tokens joined by single spaces.
    /// </summary>
    public List<GazetteerMatch> Match(IReadOnlyList<string> tokens)
    {
        var matches = new List<GazetteerMatch>();
        Span<char> buffer = stackalloc char[256];
        for (var start = 0; start < tokens.Count;)
        {
            var found = firstWordLookup.Contains(tokens[start]) ? Longest(tokens, start, buffer) : null;
            if (found is null)
            {
                start++;
                continue;
            }

            matches.Add(new GazetteerMatch(start, start + found.TokenCount, found));
            start += found.TokenCount;
        }

        return matches;
    }

    private GazetteerEntry? Longest(IReadOnlyList<string> tokens, int start, Span<char> buffer)
    {
        Span<int> lengths = stackalloc int[Math.Min(Math.Min(maxTokens, tokens.Count - start), 31) + 1];
        var used = 0;
        for (var n = 1; n < lengths.Length; n++)
        {
            var token = tokens[start + n - 1];
            var extra = (n > 1 ? 1 : 0) + token.Length;
            if (used + extra > buffer.Length)
            {
                break;
            }

            if (n > 1)
            {
                buffer[used++] = ' ';
            }

            token.AsSpan().CopyTo(buffer[used..]);
            used += token.Length;
            lengths[n] = used;
        }

        for (var n = lengths.Length - 1; n >= 1; n--)
        {
            if (lengths[n] > 0 && lookup.TryGetValue(buffer[..lengths[n]], out var entry) && entry.TokenCount == n)
            {
                return entry;
            }
        }

        return null;
    }

    private static Gazetteer LoadDefault()
    {
        var entries = new List<GazetteerEntry>();
        foreach (var line in ReadResource("places.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                throw new InvalidDataException($"places.tsv: malformed line '{line}'");
            }

            var cls = fields[1] switch
            {
                "COUNTRY" => GazetteerClass.Country,
                "DEMONYM" => GazetteerClass.Demonym,
                "CITY" => GazetteerClass.City,
                "CAPITAL" => GazetteerClass.Capital,
                "REGION" => GazetteerClass.Region,
                _ => throw new InvalidDataException($"places.tsv: unknown class '{fields[1]}'"),
            };
            entries.Add(Entry(fields[0], cls, fields[2]));
        }

        // Titles go first so that a title that is also a place name ("General") is not read as a place.
        var titles = ReadResource("person-titles.txt").Select(t => Entry(t, GazetteerClass.Title, t));
        return new Gazetteer(titles.Concat(entries));
    }

    /// <summary>An entry whose phrase is split the way the tokenizer splits words: at spaces, with a final "." kept on abbreviations.</summary>
    private static GazetteerEntry Entry(string phrase, GazetteerClass cls, string canonical) =>
        new(phrase, cls, canonical, phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    private static IEnumerable<string> ReadResource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.Trim());
            }
        }

        return lines;
    }
}
