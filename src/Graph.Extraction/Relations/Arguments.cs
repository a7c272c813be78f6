using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Turns the tokens the rules pick as arguments into entities: through the mention lookup (names,
/// pronouns, titles, demonyms, capitals), through relative pronouns to the noun their clause modifies,
/// and across coordination ("Armenia and Azerbaijan").
/// </summary>
internal sealed class Arguments(Sentence sentence, IMentionLookup lookup)
{
    /// <summary>The entities one token stands for (usually one; none for a token that names nothing).</summary>
    public IReadOnlyList<ResolvedMention> Of(Token token)
    {
        var found = lookup.Find(sentence, token);
        if (found.Count > 1)
        {
            // Nested mentions ("Ukraine" inside "attack on Ukraine"): the token stands for the innermost.
            var shortest = found.Min(m => m.Span.Length);
            return [.. found.Where(m => m.Span.Length == shortest)];
        }

        if (found.Count > 0)
        {
            return found;
        }

        var antecedent = RelativeAntecedent(token);
        if (antecedent is not null)
        {
            return Of(antecedent);
        }

        // "X, a man who ...": a common noun in apposition to a name stands for it.
        var head = sentence.HeadOf(token);
        if (token.Upos == "NOUN" && token.Is("appos") && head is not null)
        {
            return lookup.Find(sentence, head);
        }

        // "Peru's prime minister, Jane Roe, condemned …", "the watchdog, the FSA", "his counterpart Jane Roe":
        // a common noun with a name in apposition, or straight after it with no preposition, stands for that name.
        // "Mr Roe" with the honorific as the head: the name hangs on it.
        // Only for a subject or object: in a prepositional phrase a misattached apposition ("his meeting with X … with
        // broadcaster Y") would make the other noun's name a party.
        if (token.Upos is "NOUN" or "PROPN" && (token.Is("nsubj") || token.Is("obj") || token.Is("iobj")))
        {
            var named = sentence.Children(token)
                .Where(a => a.Upos == "PROPN" && a.Index > token.Index
                    && (a.Is("appos") || (a.Index == token.Index + 1 && (a.Is("flat") || (token.Upos == "NOUN" && a.Is("nmod") && sentence.CaseOf(a).Length == 0)))))
                .Select(a => lookup.Find(sentence, a)).FirstOrDefault(m => m.Count > 0);
            if (named is not null)
            {
                return named;
            }
        }

        return found;
    }

    /// <summary>The entities of a token and of every token coordinated with it.</summary>
    public IReadOnlyList<ResolvedMention> OfConjuncts(Token token) =>
        Distinct(Conjuncts(token).SelectMany(Of));

    /// <summary>
    /// The token and its conjuncts, less those a parser likely hung on the wrong word: in "worked for Acme
    /// in Lima, Quito and Bogota", a conjunct of the type of an earlier modifier ("Lima"), not of the head
    /// ("Acme"), coordinates with that modifier.
    /// </summary>
    private IEnumerable<Token> Conjuncts(Token token)
    {
        var headType = Type(token);
        var modifiers = sentence.Kids(token, "nmod", "obl").Where(m => m.Index > token.Index).ToList();
        foreach (var raw in sentence.WithConjuncts(token))
        {
            var conjunct = raw == token ? raw : NamedNoun(raw);
            if (conjunct is null)
            {
                continue;
            }

            var type = Type(conjunct);
            var misattached = conjunct != token && type is not null && type != headType
                && modifiers.Any(m => m.Index < conjunct.Index && Type(m) == type);
            if (!misattached)
            {
                yield return conjunct;
            }
        }
    }

    /// <summary>
    /// "met A and German Chancellor B" with "German" taken for the conjunct: an adjective is no party, the name
    /// it leads up to is (nothing but nominal words between).
    /// </summary>
    private Token? NamedNoun(Token conjunct)
    {
        if (conjunct.Upos != "ADJ")
        {
            return conjunct;
        }

        for (var i = conjunct.Index + 1; i < sentence.Tokens.Count && i <= conjunct.Index + 5; i++)
        {
            var next = sentence.Tokens[i];
            if (next.Upos is not ("NOUN" or "PROPN" or "ADJ"))
            {
                return null;
            }

            if (next.Upos == "PROPN" && lookup.Find(sentence, next).Count > 0)
            {
                return next;
            }
        }

        return null;
    }

    private string? Type(Token token) => Of(token) is { Count: > 0 } m ? m[0].Type : null;

    /// <summary>
    /// The entities of each conjunct separately, for "between A and B" (one list per conjunct).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ResolvedMention>> PerConjunct(Token token) =>
        [.. sentence.WithConjuncts(token).Select(Of).Where(m => m.Count > 0)];

    /// <summary>
    /// Who a non-entity nominal belongs to: its possessor or a modifying name or demonym
    /// ("Russian arms" → Russia, "the Pentagon's plan" → Pentagon). Used where the text names a thing of the entity
    /// in the entity's place ("a buyer of Russian arms").
    /// </summary>
    public IReadOnlyList<ResolvedMention> Owner(Token token)
    {
        foreach (var deprel in new[] { "nmod:poss", "amod", "compound" })
        {
            var owners = Distinct(sentence.Kids(token, deprel).SelectMany(Of));
            if (owners.Count > 0)
            {
                return owners;
            }
        }

        return [];
    }

    /// <summary>"whom" in "Lula, with whom Biden met" → "Lula": the noun the relative clause modifies.</summary>
    private Token? RelativeAntecedent(Token token)
    {
        if (token.Upos != "PRON" || !Grammar.RelativePronouns.Contains(token.Word()))
        {
            return null;
        }

        // The antecedent stands right before the pronoun ("Lula, with whom"), whatever the parser attached it to.
        var before = token.Index - 1;
        while (before >= 0 && sentence.Tokens[before].Upos is "PUNCT" or "ADP")
        {
            before--;
        }

        if (before >= 0 && lookup.Find(sentence, sentence.Tokens[before]).Count > 0 && sentence.Tokens[before].Upos is "PROPN" or "NOUN")
        {
            return sentence.Tokens[before];
        }

        var clause = sentence.HeadOf(token);
        for (var steps = 0; clause is not null && steps < sentence.Tokens.Count; steps++)
        {
            if (clause.Is("acl"))
            {
                return sentence.HeadOf(clause);
            }

            clause = sentence.HeadOf(clause);
        }

        return null;
    }

    public static IReadOnlyList<ResolvedMention> Distinct(IEnumerable<ResolvedMention> mentions)
    {
        var result = new List<ResolvedMention>();
        foreach (var mention in mentions)
        {
            if (!result.Any(r => r.Name == mention.Name))
            {
                result.Add(mention);
            }
        }

        return result;
    }
}
