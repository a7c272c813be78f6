using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>The little syntax reference resolution needs: where a mention's head is and what role it plays.</summary>
internal static class Syntax
{
    /// <summary>The token of the mention whose head lies outside it (the last token when the parse says nothing).</summary>
    public static Token HeadToken(Sentence sentence, Mention mention)
    {
        for (var i = mention.StartToken; i < mention.EndToken && i < sentence.Tokens.Count; i++)
        {
            var head = sentence.Tokens[i].Head;
            if (head < mention.StartToken || head >= mention.EndToken)
            {
                return sentence.Tokens[i];
            }
        }

        return sentence.Tokens[Math.Min(mention.EndToken, sentence.Tokens.Count) - 1];
    }

    /// <summary>The role a token plays, looking through coordination ("Moscow and Beijing warned": both subjects).</summary>
    public static string Role(Sentence sentence, Token token)
    {
        var t = token;
        for (var steps = 0; t.DepRel.StartsWith("conj", StringComparison.Ordinal) && t.Head >= 0 && steps < sentence.Tokens.Count; steps++)
        {
            t = sentence.Tokens[t.Head];
        }

        return t.DepRel;
    }

    public static bool IsSubject(Sentence sentence, Token token) => Role(sentence, token).StartsWith("nsubj", StringComparison.Ordinal);

    /// <summary>The preposition introducing a nominal, lower-cased, or empty.</summary>
    public static string CaseOf(Sentence sentence, Token token) =>
        string.Join(' ', sentence.Children(token).Where(c => c.DepRel == "case" && c.Upos != "PART").Select(c => c.Text.ToLowerInvariant()));
}
