using Graph.Core.Ontology;

namespace Graph.Extraction.Relations;

/// <summary>
/// The ontology's signal words, indexed for the rules: verbs by lemma, nouns, titles and adjectives by
/// their head word. Built once per ontology; immutable afterwards, so rules may share it across threads.
/// </summary>
/// <remarks>
/// When one word signals several relations ("attack" is a CRITICIZED and an ATTACKED verb), the rules try the
/// most specific signal first (one that also needs a noun or a preposition the sentence shows), then the
/// relation that lists the word earliest (its <c>Rank</c>): the ontology orders each list from the most typical
/// signal to the least, so "attack" is ATTACKED's first verb and a late CRITICIZED one.
/// </remarks>
internal sealed class SignalLexicon
{
    private readonly Dictionary<string, List<VerbSignal>> verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NounSignal>> nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TitleSignal>> titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdjectiveSignal>> adjectives = new(StringComparer.Ordinal);

    public SignalLexicon(GraphOntology ontology)
    {
        Ontology = ontology;
        foreach (var relation in ontology.RelationTypes)
        {
            var prepositions = relation.SignalWords("prepositions").Select(p => p.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var rank = 0;
            foreach (var entry in relation.SignalWords("verbs"))
            {
                var verb = ParseVerb(relation.Name, entry, rank++);
                Add(verbs, verb.Verb, verb);
            }

            rank = 0;
            foreach (var entry in relation.SignalWords("nouns"))
            {
                var noun = entry.Trim().ToLowerInvariant();
                Add(nouns, noun, new NounSignal(relation.Name, noun, prepositions, rank++));
            }

            rank = 0;
            foreach (var entry in relation.SignalWords("titles"))
            {
                var words = Words(entry);
                Add(titles, words[^1], new TitleSignal(relation.Name, words, rank++));
            }

            rank = 0;
            foreach (var entry in relation.SignalWords("adjectives"))
            {
                var words = Words(entry);
                var preposition = words.Length > 1 && Grammar.Prepositions.Contains(words[^1]) ? words[^1] : null;
                Add(adjectives, words[0], new AdjectiveSignal(relation.Name, words[0], preposition, rank++));
            }
        }

        // One verb in several lists ("attack": ATTACKED and CRITICIZED; "sign": a deal, an agreement): the most
        // specific signal is tried first (a light noun and a preposition the sentence must also show, before a
        // preposition alone, before the bare verb), then the one its list names earliest; the first whose
        // arguments the sentence supplies wins. Equal signals keep the ontology's section order.
        foreach (var list in verbs.Values)
        {
            var ordered = list.OrderByDescending(Specificity).ThenBy(v => v.Rank).ToList();
            list.Clear();
            list.AddRange(ordered);
        }

        foreach (var list in titles.Values)
        {
            list.Sort((a, b) => a.Words.Count != b.Words.Count ? b.Words.Count.CompareTo(a.Words.Count) : a.Rank.CompareTo(b.Rank));
        }
    }

    public GraphOntology Ontology { get; }

    private static int Specificity(VerbSignal signal) => (signal.Noun is null ? 0 : 2) + (signal.Preposition is null ? 0 : 1);

    public IReadOnlyList<VerbSignal> Verbs(string lemma) => Get(verbs, lemma);

    public IReadOnlyList<NounSignal> Nouns(string lemma) => Get(nouns, lemma);

    /// <summary>The verb signals of a token: by its lemma, else by the plausible base forms of its text.</summary>
    public IReadOnlyList<VerbSignal> VerbsOf(Text.Token token) => ByForm(verbs, token);

    /// <summary>The noun signals of a token: by its lemma or its own form ("talks"), else by plausible base forms.</summary>
    public IReadOnlyList<NounSignal> NounsOf(Text.Token token)
    {
        var byText = Get(nouns, token.Text.ToLowerInvariant());
        return byText.Count > 0 ? byText : ByForm(nouns, token);
    }

    private static IReadOnlyList<T> ByForm<T>(Dictionary<string, List<T>> index, Text.Token token)
    {
        // The lemmatiser's guess first; where it names no signal (also a wrong lemma: "blamed" → "blam"),
        // the plausible base forms of the word as written.
        var found = Get(index, token.Word());
        if (found.Count > 0)
        {
            return found;
        }

        foreach (var form in Inflections.BaseForms(token.Text))
        {
            found = Get(index, form);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return found;
    }

    /// <summary>Titles whose head word is <paramref name="word"/>, longest first ("prime minister" before "minister").</summary>
    public IReadOnlyList<TitleSignal> Titles(string word) => Get(titles, word);

    public IReadOnlyList<AdjectiveSignal> Adjectives(string lemma) => Get(adjectives, lemma);

    public bool IsTitleWord(string word) => titles.ContainsKey(word);

    public bool IsNounSignal(string word) => nouns.ContainsKey(word);

    /// <summary>"hold talks with" → verb "hold", noun "talks", preposition "with"; "take over" → verb "take", particle "over".</summary>
    private static VerbSignal ParseVerb(string relation, string entry, int rank)
    {
        var words = Words(entry);
        var preposition = words.Length > 1 && Grammar.Prepositions.Contains(words[^1]) ? words[^1] : null;
        var middle = words.Skip(1).Take(words.Length - 1 - (preposition is null ? 0 : 1))
            .Where(w => !Grammar.Determiners.Contains(w)).ToArray();
        var noun = middle.Length > 0 ? middle[^1] : null;
        return new VerbSignal(relation, words[0], noun, preposition, rank);
    }

    private static string[] Words(string entry) =>
        entry.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    private static IReadOnlyList<T> Get<T>(Dictionary<string, List<T>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : Array.Empty<T>();
}
