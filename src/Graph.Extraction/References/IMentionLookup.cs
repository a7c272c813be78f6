using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// Answers "which entity of the article does this token stand for?" for the relation rules.
/// A token inside a named mention, a resolved pronoun, title, demonym or capital answers with its
/// entity; any other token answers null. Several entities come back only for a plural reference
/// ("the two leaders").
/// </summary>
public interface IMentionLookup
{
    IReadOnlyList<ResolvedMention> Find(Sentence sentence, Token token);
}
