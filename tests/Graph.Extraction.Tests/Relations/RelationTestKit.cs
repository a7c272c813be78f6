using Graph.Core.Ontology;
using Graph.Extraction.Relations;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Runs the real extractor, with the shipped ontology, over hand-written CoNLL-U trees.</summary>
internal static class RelationTestKit
{
    private static readonly RelationExtractor Extractor = new(GraphOntology.Default);

    /// <summary>Every fact of every sentence as "Subject -RELATION-> Object" (negated ones marked "-NOT-RELATION->").</summary>
    public static IReadOnlyList<string> Facts(string conllu) =>
        [.. Extract(conllu).Select(f => $"{f.Subject.Name} -{(f.Negated ? "NOT-" : string.Empty)}{f.Relation}-> {f.Object.Name}")];

    public static IReadOnlyList<RelationFact> Extract(string conllu)
    {
        var (sentences, mentions) = ConllU.Read(conllu);
        return [.. sentences.SelectMany(s => Extractor.Extract(s, mentions))];
    }
}
