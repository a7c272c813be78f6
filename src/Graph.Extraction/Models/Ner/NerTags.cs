using Graph.Extraction.Entities;

namespace Graph.Extraction.Models.Ner;

/// <summary>The IOB2 tags the NER model predicts: O and B-/I- for the three named GUIDELINES types.</summary>
public static class NerTags
{
    public const int O = 0;

    public const int Count = 7;

    public static IReadOnlyList<string> Names { get; } =
        ["O", "B-PERSON", "I-PERSON", "B-ORGANIZATION", "I-ORGANIZATION", "B-LOCATION", "I-LOCATION"];

    private static readonly string[] Types = [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Location];

    /// <summary>The tag for "B-"/"I-" of <paramref name="type"/> (one of the named <see cref="EntityTypes"/>).</summary>
    public static int Of(string type, bool begin) => 1 + (2 * Array.IndexOf(Types, type)) + (begin ? 0 : 1);

    public static int Parse(string tag) =>
        Names.ToList().IndexOf(tag) is var index and >= 0 ? index : throw new ArgumentException($"unknown NER tag '{tag}'", nameof(tag));

    public static bool IsBegin(int tag) => tag != O && tag % 2 == 1;

    public static bool IsInside(int tag) => tag != O && tag % 2 == 0;

    /// <summary>The entity type of a B-/I- tag.</summary>
    public static string TypeOf(int tag) => Types[(tag - 1) / 2];

    /// <summary>IOB2 validity: I-X only after B-X or I-X (<paramref name="previous"/> = -1 at the sentence start).</summary>
    public static bool Allowed(int previous, int next) =>
        !IsInside(next) || (previous > 0 && TypeOf(previous) == TypeOf(next));

    /// <summary>The spans (type, first token, one past the last) a tag sequence marks.</summary>
    public static List<(string Type, int Start, int End)> Spans(IReadOnlyList<int> tags)
    {
        var spans = new List<(string, int, int)>();
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] == O)
            {
                continue;
            }

            var type = TypeOf(tags[i]);
            var end = i + 1;
            while (end < tags.Count && IsInside(tags[end]) && TypeOf(tags[end]) == type)
            {
                end++;
            }

            spans.Add((type, i, end));
            i = end - 1;
        }

        return spans;
    }
}
