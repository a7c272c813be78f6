namespace Graph.Interchange;

/// <summary>The formats <c>graph export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>One JSON object a line: articles, entities, relations, statements.</summary>
    Jsonl,

    /// <summary>GraphML, for Gephi and yEd: entities as nodes, aggregated relations as edges.</summary>
    GraphMl,

    /// <summary>The CSV files <c>neo4j-admin database import full</c> reads, one folder.</summary>
    Neo4jCsv,

    /// <summary>A Cypher script that rebuilds the graph in an empty Neo4j database.</summary>
    Cypher,
}
