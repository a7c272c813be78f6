using Graph.Api.Events;
using Graph.Api.Ingestion;
using Graph.Core.Ontology;
using Graph.Store;

namespace Graph.Api;

/// <summary>What the API's resolvers work with: the store, the ontology, the event stream, and (optionally) an ingestor.</summary>
public sealed class GraphApiServices
{
    public required IGraphStore Store { get; init; }

    public GraphOntology Ontology { get; init; } = GraphOntology.Default;

    /// <summary>The in-process stream behind the <c>ingestionEvents</c> subscription; mutations raise events on it.</summary>
    public IngestionEvents Events { get; init; } = new();

    /// <summary>Turns text into facts for <c>ingestArticle</c>; without one, that mutation says extraction is not configured.</summary>
    public IArticleIngestor? Ingestor { get; init; }

    /// <summary>The largest page any list field returns.</summary>
    public int MaxPageSize { get; init; } = 100;
}
