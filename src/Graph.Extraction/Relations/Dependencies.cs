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
    public static bool Is(string deprel, string wanted)
    {
        if (wanted.Contains(':', StringComparison.Ordinal))
        {
            return string.Equals(deprel, wanted, StringComparison.Ordinal);
        }

        // The base compared in place: rules ask this of every dependent, so no substring is cut per question.
        var colon = deprel.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? deprel.AsSpan() : deprel.AsSpan(0, colon)).SequenceEqual(wanted);
    }

    public static bool Is(this Token token, string wanted) => Is(token.DepRel, wanted);

    /// <summary>The dependents of <paramref name="head"/> attached by any of <paramref name="deprels"/>.</summary>
    public static IEnumerable<Token> Kids(this Sentence sentence, Token head, params string[] deprels)
    {
        // What sentence.Children(head) gives, filtered, without a delegate per dependent.
        foreach (var token in sentence.Tokens)
        {
            if (token.Head == head.Index && IsAny(token, deprels))
            {
                yield return token;
            }
        }
    }

    private static bool IsAny(Token token, string[] deprels)
    {
        foreach (var deprel in deprels)
        {
            if (token.Is(deprel))
            {
                return true;
            }
        }

        return false;
    }

    public static Token? HeadOf(this Sentence sentence, Token token) =>
        token.Head >= 0 && token.Head < sentence.Tokens.Count ? sentence.Tokens[token.Head] : null;

    /// <summary>The lower-cased lemma, or the text where the tagger left no lemma.</summary>
    public static string Word(this Token token) =>
        (token.Lemma.Length > 0 ? token.Lemma : token.Text).ToLowerInvariant();

    /// <summary>True when the token's lemma or its own lower-cased form is <paramref name="word"/>.</summary>
    public static bool IsWord(this Token token, string word) =>
        LowerEquals(token.Lemma.Length > 0 ? token.Lemma : token.Text, word) || LowerEquals(token.Text, word);

    /// <summary>
    /// <c>text.ToLowerInvariant() == word</c> without making the lower-cased string: invariant lower-casing maps each
    /// UTF-16 unit on its own except surrogate pairs, which take the string path.
    /// </summary>
    private static bool LowerEquals(string text, string word)
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                return string.Equals(text.ToLowerInvariant(), word, StringComparison.Ordinal);
            }

            if (char.ToLowerInvariant(c) != word[i])
            {
                return false;
            }
        }

        return true;
    }

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
