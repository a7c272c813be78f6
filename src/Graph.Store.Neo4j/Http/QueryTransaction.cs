using Graph.Store.Neo4j.Cypher;

namespace Graph.Store.Neo4j.Http;

/// <summary>
/// An open explicit transaction of the Query API. Statements run in it in order; <see cref="CommitAsync"/> makes them
/// permanent; disposing it without a commit rolls it back (<c>DELETE /tx/{id}</c>), so a failure part-way leaves nothing.
/// </summary>
public sealed class QueryTransaction : IAsyncDisposable
{
    private readonly QueryApiClient client;
    private bool finished;

    internal QueryTransaction(QueryApiClient client, string id, string? affinity)
    {
        this.client = client;
        Id = id;
        Affinity = affinity;
    }

    /// <summary>The server's transaction id (<c>transaction.id</c> of the opening answer).</summary>
    public string Id { get; }

    /// <summary>The <c>neo4j-cluster-affinity</c> value the server sent on opening, replayed on every later request.</summary>
    public string? Affinity { get; }

    public Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        return client.RunInTransactionAsync(this, statement, parameters, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        await client.CommitAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (finished)
        {
            return;
        }

        finished = true;
        await client.RollbackAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back when neither committed nor rolled back. Best effort: after a failed statement the server has usually closed the transaction already.</summary>
    public async ValueTask DisposeAsync()
    {
        if (finished)
        {
            return;
        }

        try
        {
            // Not the caller's token: a cancelled unit must still release its transaction.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await RollbackAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Neo4jException or OperationCanceledException)
        {
            // The server rolls back an abandoned transaction itself when it times out; nothing more to do here.
        }
    }
}
