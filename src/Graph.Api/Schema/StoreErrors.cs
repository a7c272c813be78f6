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
    public const string NotFound = StoreFailures.NotFound;
    public const string Unavailable = StoreFailures.Unavailable;

    public static FieldResolver Guard(Func<ResolveContext, Task<object?>> resolver) => context =>
    {
        Task<object?> task;
        try
        {
            task = resolver(context);
        }
        catch (Exception e) when (StoreFailures.Translate(e) is { } error)
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
        catch (Exception e) when (StoreFailures.Translate(e) is { } error)
        {
            throw error;
        }
    }
}
