using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Small questions the rules ask of a Universal Dependencies tree. Relations are compared by their
/// base ("nsubj" matches "nsubj:pass") unless a subtype is spelled out, so a parser that emits only
/// base relations still works.
/// </summary>
internal static class Dependencies
{
    /// <summary>The part of a relation before the colon: "nmod:poss" → "nmod".</summary>
    public static string Base(string deprel)
    {
        var colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? deprel : deprel[..colon];
    }

    /// <summary>True when <paramref name="deprel"/> is <paramref name="wanted"/> (a base or a full subtype).</summary>
    public static bool Is(string deprel, string wanted) =>
        wanted.Contains(':', StringComparison.Ordinal)
            ? string.Equals(deprel, wanted, StringComparison.Ordinal)
            : string.Equals(Base(deprel), wanted, StringComparison.Ordinal);

    public static bool Is(this Token token, string wanted) => Is(token.DepRel, wanted);

    /// <summary>The dependents of <paramref name="head"/> attached by any of <paramref name="deprels"/>.</summary>
    public static IEnumerable<Token> Kids(this Sentence sentence, Token head, params string[] deprels) =>
        sentence.Children(head).Where(c => deprels.Any(c.Is));

    public static Token? HeadOf(this Sentence sentence, Token token) =>
        token.Head >= 0 && token.Head < sentence.Tokens.Count ? sentence.Tokens[token.Head] : null;

    /// <summary>The lower-cased lemma, or the text where the tagger left no lemma.</summary>
    public static string Word(this Token token) =>
        (token.Lemma.Length > 0 ? token.Lemma : token.Text).ToLowerInvariant();

    /// <summary>True when the token's lemma or its own lower-cased form is <paramref name="word"/>.</summary>
    public static bool IsWord(this Token token, string word) =>
        string.Equals(token.Word(), word, StringComparison.Ordinal)
        || string.Equals(token.Text.ToLowerInvariant(), word, StringComparison.Ordinal);

    /// <summary>
    /// The preposition that introduces a nominal (its "case" dependents joined: "on behalf of"), lower-cased;
    /// empty when there is none.
    /// </summary>
    public static string CaseOf(this Sentence sentence, Token nominal) =>
        string.Join(' ', sentence.Kids(nominal, "case").Where(c => c.Upos != "PART").Select(c => c.Text.ToLowerInvariant()));

    /// <summary>True when the nominal has a possessive marker ("Russia's") as a case dependent.</summary>
    public static bool HasPossessiveMarker(this Sentence sentence, Token nominal) =>
        sentence.Kids(nominal, "case").Any(c => c.Text is "'s" or "’s" or "'" or "’");

    /// <summary>The token and every token coordinated with it ("A, B and C"), in sentence order.</summary>
    public static IReadOnlyList<Token> WithConjuncts(this Sentence sentence, Token token)
    {
        var result = new List<Token> { token };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(sentence.Kids(result[i], "conj").Where(c => !result.Contains(c)));
        }

        return result;
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public static bool Dominates(this Sentence sentence, Token ancestor, Token token)
    {
        // Bounded by the sentence length, so a malformed (cyclic) tree cannot loop forever.
        var t = token;
        for (var steps = 0; t is not null && steps <= sentence.Tokens.Count; steps++)
        {
            if (t == ancestor)
            {
                return true;
            }

            t = sentence.HeadOf(t);
        }

        return false;
    }
}
