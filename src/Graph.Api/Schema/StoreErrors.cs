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

    public static FieldResolver Guard(Func<ResolveContext, Task<object?>> resolver) => async context =>
    {
        try
        {
            return await resolver(context).ConfigureAwait(false);
        }
        catch (EntityNotFoundException e)
        {
            throw new GraphQLException($"No entity with id '{e.EntityId}'.", NotFound);
        }
        catch (InvalidFactsException e)
        {
            throw new GraphQLException($"The facts of article '{e.ArticleId}' were refused: {string.Join("; ", e.Problems)}", ErrorCodes.BadUserInput);
        }
        catch (StoreUnavailableException)
        {
            throw new GraphQLException("The graph store is unavailable; try again later.", Unavailable);
        }
    };
}
