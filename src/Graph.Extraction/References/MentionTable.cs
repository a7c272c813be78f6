using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// The resolved mentions of one article, by sentence and token: what the relation rules consult.
/// Filled by reference resolution (or by hand in tests); read-only once filled, so safe to share.
/// </summary>
public sealed class MentionTable : IMentionLookup
{
    private readonly Dictionary<(int Sentence, int Token), List<ResolvedMention>> byToken = [];
    private readonly Dictionary<int, int> revisions = [];

    /// <summary>
    /// How many times a sentence's mentions were changed (added to or cleared). Relation facts read with
    /// the same revision are the same facts, so a caller can keep them instead of reading the sentence again.
    /// </summary>
    public int Revision(int sentence) => revisions.GetValueOrDefault(sentence);

    /// <summary>Says that tokens [<paramref name="first"/>, <paramref name="end"/>) of a sentence refer to <paramref name="mention"/>.</summary>
    public void Add(int sentence, int first, int end, ResolvedMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        Touch(sentence);
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
        Touch(sentence);
        for (var i = first; i < end; i++)
        {
            byToken.Remove((sentence, i));
        }
    }

    private void Touch(int sentence) => revisions[sentence] = Revision(sentence) + 1;

    public IReadOnlyList<ResolvedMention> Find(Sentence sentence, Token token)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(token);
        return byToken.TryGetValue((sentence.Index, token.Index), out var list) ? list : [];
    }

    /// <summary>Every entity named anywhere in the article, once each.</summary>
    public IEnumerable<ResolvedMention> All() => byToken.Values.SelectMany(l => l);
}
