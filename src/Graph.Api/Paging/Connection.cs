using Graph.GraphQL.Execution;
using Graph.Store;

namespace Graph.Api.Paging;

/// <summary>A Relay connection as resolvers return it: edges with cursors, page info, and the total count.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
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
    public static Connection<T> From<T>(Page<T> page, ApiCursor cursor = default, bool hasPrevious = false)
    {
        var edges = new List<Edge<T>>(Math.Max(0, page.Items.Count - cursor.Skip));
        for (var i = cursor.Skip; i < page.Items.Count; i++)
        {
            var isLast = i == page.Items.Count - 1 && page.EndCursor is not null;
            var edgeCursor = isLast ? new ApiCursor(page.EndCursor, 0) : new ApiCursor(cursor.StoreAfter, i + 1);
            edges.Add(new Edge<T>(edgeCursor.Encode(), page.Items[i]));
        }
        var info = new PageInfo(page.HasNextPage, hasPrevious, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, info, page.TotalCount);
    }
}
