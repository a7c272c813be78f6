using Graph.GraphQL.Execution;
using Graph.Store;

namespace Graph.Api;

/// <summary>
/// The store's user-facing failures as GraphQL errors a client may read (unknown entity, invalid facts, store
/// unavailable). Anything else stays an exception the engine reports as "Unexpected error." without detail.
/// Resolvers go through <see cref="Schema.StoreErrors"/>; data-loader batches translate their own failures.
/// </summary>
internal static class StoreFailures
{
    public const string NotFound = "NOT_FOUND";
    public const string Unavailable = "STORE_UNAVAILABLE";

    /// <summary>The client-readable error for a store failure; null for anything else (which stays unexplained).</summary>
    public static GraphQLException? Translate(Exception e) => e switch
    {
        EntityNotFoundException notFound => new GraphQLException($"No entity with id '{notFound.EntityId}'.", NotFound),
        InvalidFactsException invalid => new GraphQLException(
            $"The facts of article '{invalid.ArticleId}' were refused: {string.Join("; ", invalid.Problems)}", ErrorCodes.BadUserInput),
        StoreUnavailableException => new GraphQLException("The graph store is unavailable; try again later.", Unavailable),
        _ => null,
    };
}
