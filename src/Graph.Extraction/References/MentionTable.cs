using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// The resolved mentions of one article, by sentence and token: what the relation rules consult.
/// Filled by reference resolution (or by hand in tests); read-only once filled, so safe to share.
/// </summary>
public sealed class MentionTable : IMentionLookup
{
    private readonly Dictionary<(int Sentence, int Token), List<ResolvedMention>> byToken = [];

    /// <summary>Says that tokens [<paramref name="first"/>, <paramref name="end"/>) of a sentence refer to <paramref name="mention"/>.</summary>
    public void Add(int sentence, int first, int end, ResolvedMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        for (var i = first; i < end; i++)
        {
            if (!byToken.TryGetValue((sentence, i), out var list))
            {
                byToken[(sentence, i)] = list = [];
            }

            if (!list.Any(m => m.Name == mention.Name))
            {
                list.Add(mention);
            }
        }
    }

    /// <summary>Forgets what tokens [<paramref name="first"/>, <paramref name="end"/>) refer to (before a better reading is added).</summary>
    public void Clear(int sentence, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            byToken.Remove((sentence, i));
        }
    }

    public IReadOnlyList<ResolvedMention> Find(Sentence sentence, Token token)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(token);
        return byToken.TryGetValue((sentence.Index, token.Index), out var list) ? list : [];
    }

    /// <summary>Every entity named anywhere in the article, once each.</summary>
    public IEnumerable<ResolvedMention> All() => byToken.Values.SelectMany(l => l);
}
