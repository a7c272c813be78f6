using Graph.Api.Paging;
using Graph.Core.Model;
using Graph.GraphQL.Types;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>The Relay plumbing (Node, PageInfo, connections) and the small value types the other parts share.</summary>
internal static class CommonTypes
{
    public static void Add(SchemaBuilder schema)
    {
        schema.Scalar(new DateTimeScalar());
        schema.Interface("Node", t => t
            .Description("An object with a global id, fetchable with `node(id:)` (Relay).")
            .Field("id", "ID!", f => f.Description("A global id: opaque, stable, unique across types.")));
        schema.Object("PageInfo", t => t
            .Description("Where a page of a connection stands (Relay).")
            .Field("hasNextPage", "Boolean!", (PageInfo p) => p.HasNextPage)
            .Field("hasPreviousPage", "Boolean!", f => f.Description("True when the page was asked for with `after`.").FromParent((PageInfo p) => p.HasPreviousPage))
            .Field("startCursor", "String", (PageInfo p) => p.StartCursor)
            .Field("endCursor", "String", f => f.Description("Pass as `after` for the next page.").FromParent((PageInfo p) => p.EndCursor)));
        schema.Enum("Direction", e => e
            .Description("Which relations of an entity: those it is the subject of, the object of, or both.")
            .Value("OUTGOING", Direction.Outgoing, "The entity is the subject.")
            .Value("INCOMING", Direction.Incoming, "The entity is the object.")
            .Value("BOTH", Direction.Both, "Either end."));
        schema.Object("Span", t => t
            .Description("A character range [start, end) in an article's text (UTF-16 indices).")
            .Field("start", "Int!", (TextSpan p) => p.Start)
            .Field("end", "Int!", (TextSpan p) => p.End));
        schema.Object("TypeCount", t => t
            .Field("type", "String!", (KeyValuePair<string, int> p) => p.Key)
            .Field("count", "Int!", (KeyValuePair<string, int> p) => p.Value));
    }

    /// <summary>Adds <c>{Node}Connection</c> and <c>{Node}Edge</c> for a node type whose resolver values are <typeparamref name="T"/>.</summary>
    public static void AddConnection<T>(SchemaBuilder schema, string node, string description)
    {
        schema.Object(node + "Edge", t => t
            .Description($"One {node} in a page, with its cursor.")
            .Field("cursor", "String!", (Edge<T> p) => p.Cursor)
            .Field("node", node + "!", (Edge<T> p) => p.Node));
        schema.Object(node + "Connection", t => t
            .Description(description)
            .Field("edges", $"[{node}Edge!]!", (Connection<T> p) => p.Edges)
            .Field("nodes", $"[{node}!]!", f => f.Description("The edges' nodes, for clients that need no cursors.").FromParent((Connection<T> p) => p.Nodes))
            .Field("pageInfo", "PageInfo!", (Connection<T> p) => p.PageInfo)
            .Field("totalCount", "Int!", f => f.Description("How many match in all, across every page.").FromParent((Connection<T> p) => p.TotalCount)));
    }
}
