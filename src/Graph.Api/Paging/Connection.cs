using Graph.GraphQL.Execution;
using Graph.Store;

namespace Graph.Api.Paging;

/// <summary>
/// A Relay connection as resolvers return it: a page of the store, read from <see cref="From"/>. Edges (each with its
/// own cursor, see <see cref="ApiCursor"/>) and page info are made only when a query selects them: most ask only
/// for nodes and the total, and encoding a cursor per edge cost more than the rest of a page's connection.
/// </summary>
internal sealed class Connection<T>(Page<T> page, ApiCursor from, bool hasPrevious)
{
    private IReadOnlyList<Edge<T>>? _edges;
    private PageInfo? _pageInfo;

    public int TotalCount => page.TotalCount;

    public IReadOnlyList<T> Nodes => from.Skip == 0 ? page.Items : [.. page.Items.Skip(from.Skip)];

    public IReadOnlyList<Edge<T>> Edges => _edges ??= MakeEdges();

    public PageInfo PageInfo => _pageInfo ??= new PageInfo(
        page.HasNextPage, hasPrevious, Edges.Count > 0 ? Edges[0].Cursor : null, Edges.Count > 0 ? Edges[^1].Cursor : null);

    private List<Edge<T>> MakeEdges()
    {
        var edges = new List<Edge<T>>(Math.Max(0, page.Items.Count - from.Skip));
        for (var i = from.Skip; i < page.Items.Count; i++)
        {
            var isLast = i == page.Items.Count - 1 && page.EndCursor is not null;
            var edgeCursor = isLast ? new ApiCursor(page.EndCursor, 0) : new ApiCursor(from.StoreAfter, i + 1);
            edges.Add(new Edge<T>(edgeCursor.Encode(), page.Items[i]));
        }
        return edges;
    }
}

internal sealed record Edge<T>(string Cursor, T Node);

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Turns the store's pages into connections, giving every edge its own cursor (see <see cref="ApiCursor"/>).</summary>
internal static class Connections
{
    /// <summary>Reads one page after <paramref name="after"/> with <paramref name="fetch"/>(storeAfter, count).</summary>
    public static async Task<Connection<T>> ReadAsync<T>(string? after, int first, Func<string?, int, Task<Page<T>>> fetch)
    {
        var cursor = ApiCursor.Decode(after);
        Page<T> page;
        try
        {
            page = await fetch(cursor.StoreAfter, cursor.Skip + first).ConfigureAwait(false);
        }
        catch (ArgumentException e) when (e.ParamName is "cursor" or "after")
        {
            throw new GraphQLException($"'{after}' is not a cursor this API gave out.", ErrorCodes.BadUserInput);
        }
        return From(page, cursor, after is not null);
    }

    /// <summary>A connection over a page already read from the start or from <paramref name="cursor"/>.</summary>
    public static Connection<T> From<T>(Page<T> page, ApiCursor cursor = default, bool hasPrevious = false) => new(page, cursor, hasPrevious);
}
