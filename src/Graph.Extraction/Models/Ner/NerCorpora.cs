using System.Text;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Models.Ner;

/// <summary>Readers for the NER corpora in ../shared/data, mapped to the GUIDELINES named types.</summary>
public static class NerCorpora
{
    /// <summary>
    /// The GMB-derived ner_dataset.csv (Windows-1252, CRLF; "Sentence: N,Word,POS,Tag"). geo and gpe become
    /// LOCATION, org ORGANIZATION, per PERSON; tim, art, eve and nat are dropped (GUIDELINES has no such named
    /// type). gpe adjectives and plural nouns ("British", "Iraqis") are dropped too: a demonym is not a place
    /// name (the gazetteer maps demonyms to their country). Titles GMB puts inside person names ("President",
    /// "Mr.") are moved out, as GUIDELINES names leave them out.
    /// </summary>
    public static List<NerSentence> ReadGmb(string path, Gazetteer gazetteer)
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path)); // bytes kept 1:1; cp1252 punctuation below
        var first = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (first || line.Length == 0)
            {
                first = false;
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var tagComma = line.LastIndexOf(',');
            var posComma = line.LastIndexOf(',', tagComma - 1);
            if (comma < 0 || posComma <= comma)
            {
                throw new InvalidDataException($"{path}: malformed line '{line}'");
            }

            if (comma > 0 && tokens.Count > 0)
            {
                sentences.Add(Map(tokens, tags, gazetteer));
                tokens.Clear();
                tags.Clear();
            }

            var word = Unquote(line[(comma + 1)..posComma]);
            var pos = line[(posComma + 1)..tagComma];
            var tag = line[(tagComma + 1)..];
            tokens.Add(FromCp1252(word));
            tags.Add(GmbTag(tag, pos));
        }

        if (tokens.Count > 0)
        {
            sentences.Add(Map(tokens, tags, gazetteer));
        }

        return sentences;
    }

    /// <summary>UNER .iob2 files ("ID TAB FORM TAB TAG ..."; PER, ORG, LOC).</summary>
    public static List<NerSentence> ReadUner(string path)
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new NerSentence([.. tokens], [.. tags]));
                    tokens.Clear();
                    tags.Clear();
                }

                continue;
            }

            var fields = line.Split('\t');
            tokens.Add(fields[1]);
            tags.Add(fields[2] switch
            {
                "B-PER" => NerTags.Of(EntityTypes.Person, true),
                "I-PER" => NerTags.Of(EntityTypes.Person, false),
                "B-ORG" => NerTags.Of(EntityTypes.Organization, true),
                "I-ORG" => NerTags.Of(EntityTypes.Organization, false),
                "B-LOC" => NerTags.Of(EntityTypes.Location, true),
                "I-LOC" => NerTags.Of(EntityTypes.Location, false),
                _ => NerTags.O,
            });
        }

        return sentences;
    }

    private static string GmbTag(string tag, string pos)
    {
        if (tag == "O")
        {
            return "O";
        }

        var prefix = tag[..2];
        return tag[2..] switch
        {
            "per" => prefix + EntityTypes.Person,
            "org" => prefix + EntityTypes.Organization,
            "geo" => prefix + EntityTypes.Location,
            "gpe" when pos is "NNP" => prefix + EntityTypes.Location,
            _ => "O",
        };
    }

    /// <summary>Re-starts spans whose B- was dropped and moves leading title tokens out of person spans.</summary>
    private static NerSentence Map(List<string> tokens, List<string> tags, Gazetteer gazetteer)
    {
        var result = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var tag = tags[i];
            if (tag == "O")
            {
                continue;
            }

            var type = tag[2..];
            var begins = tag[0] == 'B' || i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != type;
            result[i] = NerTags.Of(type, begins);
        }

        foreach (var (type, start, end) in NerTags.Spans(result))
        {
            if (type != EntityTypes.Person)
            {
                continue;
            }

            var nameStart = start;
            while (nameStart < end && IsTitle(tokens, nameStart, gazetteer))
            {
                result[nameStart++] = NerTags.O;
            }

            if (nameStart < end)
            {
                result[nameStart] = NerTags.Of(type, true);
            }
        }

        return new NerSentence([.. tokens], result);
    }

    private static bool IsTitle(List<string> tokens, int index, Gazetteer gazetteer) =>
        gazetteer.TryGet(tokens[index], out var entry) && entry.Class == GazetteerClass.Title
        || tokens[index] is "Prime" or "Vice" or "Deputy" or "Foreign" or "Defense" or "Interior" or "Secretary-General";

    private static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;

    /// <summary>Latin-1 read bytes 0x80–0x9F are Windows-1252 punctuation in this file.</summary>
    private static string FromCp1252(string latin1)
    {
        if (!latin1.Any(c => c is >= '\u0080' and <= '\u009F'))
        {
            return latin1;
        }

        var bytes = Encoding.Latin1.GetBytes(latin1);
        return Input.Windows1252Text.Decode(bytes);
    }
}
