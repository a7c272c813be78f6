using Graph.Core.Ontology;
using Graph.Extraction.Entities;
using Graph.Extraction.Pipeline;
using Graph.Extraction.References;
using Graph.Extraction.Relations;
using Graph.Extraction.Tests.Relations;

namespace Graph.Extraction.Tests.References;

/// <summary>Runs grouping (the recognizer's real grouper), reference resolution and the relation rules over hand-written trees.</summary>
internal static class ReferenceTestKit
{
    private static readonly ArticleRelations Relations = new(GraphOntology.Default);

    public static (ArticleReferences References, IReadOnlyList<RelationFact> Facts) Run(string conllu)
    {
        var document = ConllU.Document(conllu);
        var entities = EntityGrouper.Group(ConllU.Mentions(conllu));
        return Relations.Extract(document, entities);
    }

    public static IReadOnlyList<string> Facts(string conllu) =>
        [.. Run(conllu).Facts.Select(f => $"{f.Subject.Name} -{(f.Negated ? "NOT-" : string.Empty)}{f.Relation}-> {f.Object.Name}").Distinct()];
}
