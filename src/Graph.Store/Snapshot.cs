using Graph.Core.Model;

namespace Graph.Store;

/// <summary>
/// The whole graph, in a canonical order: for export, for copying to another store, and for the contract
/// tests that prove re-ingestion semantics by comparing a graph before and after.
/// </summary>
public sealed record GraphSnapshot(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<StoredStatement> Statements);
