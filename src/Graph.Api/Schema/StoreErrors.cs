using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>
/// Turns the store's user-facing failures into GraphQL errors a client may read (unknown entity, invalid facts, store
/// unavailable). Anything else stays an exception the engine reports as "Unexpected error." without detail.
/// </summary>
internal static class StoreErrors
{
    public const string NotFound = "NOT_FOUND";
    public const string Unavailable = "STORE_UNAVAILABLE";

    public static FieldResolver Guard(Func<ResolveContext, Task<object?>> resolver) => context =>
    {
        Task<object?> task;
        try
        {
            task = resolver(context);
        }
        catch (Exception e) when (Translate(e) is { } error)
        {
            throw error;
        }
        // Most reads complete at once (the embedded store answers synchronously): no state machine for them.
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task);
    };

    private static async ValueTask<object?> AwaitAsync(Task<object?> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The client-readable error for a store failure; null for anything else (which stays unexplained).</summary>
    private static GraphQLException? Translate(Exception e) => e switch
    {
        EntityNotFoundException notFound => new GraphQLException($"No entity with id '{notFound.EntityId}'.", NotFound),
        InvalidFactsException invalid => new GraphQLException(
            $"The facts of article '{invalid.ArticleId}' were refused: {string.Join("; ", invalid.Problems)}", ErrorCodes.BadUserInput),
        StoreUnavailableException => new GraphQLException("The graph store is unavailable; try again later.", Unavailable),
        _ => null,
    };
}
