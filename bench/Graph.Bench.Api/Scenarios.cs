namespace Graph.Bench.Api;

/// <summary>
/// One measured request kind: a GraphQL query (POSTed with the entity id as a variable, as clients send it) and the
/// plain endpoint that returns the same JSON, with the entity ids both cycle through and the targets issue 4 sets.
/// </summary>
internal sealed record Scenario(string Key, string Title, string Query, IReadOnlyList<string> EntityIds, double? TargetRps, double? TargetRatio)
{
    public string PlainPath(string entityId) => $"/plain/{Key}/{Uri.EscapeDataString(entityId)}";
}

/// <summary>The three scenarios of issue 4, item 7.</summary>
internal static class Scenarios
{
    public const string EntityQuery = "query Entity($id: ID!) { entity(id: $id) { name type } }";

    public const string RelationsQuery = """
        query EntityRelations($id: ID!) {
          entity(id: $id) {
            name
            type
            relations(first: 20) {
              totalCount
              nodes {
                type
                subject { name }
                object { name }
                support
                confidence
                firstSeen
                lastSeen
                evidence { sentence confidence article { title url } }
              }
            }
          }
        }
        """;

    public const string NeighborhoodQuery = """
        query Neighborhood($id: ID!) {
          neighborhood(id: $id, hops: 2, limit: 200) {
            nodes { id name type }
            edges { id type subject { id } object { id } }
            truncated
          }
        }
        """;

    public static IReadOnlyList<Scenario> Create(BenchEntities entities) =>
    [
        new("entity", "(a) entity by id: name, type", EntityQuery, entities.Any, 20_000, 0.7),
        new("relations", "(b) entity + first 20 relations + evidence", RelationsQuery, entities.WithManyRelations, 3_000, null),
        new("neighborhood", "(c) 2-hop neighborhood, 200 nodes", NeighborhoodQuery, entities.WithLargeNeighborhood, null, null),
    ];
}
