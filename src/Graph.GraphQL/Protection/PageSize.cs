using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Protection;

/// <summary>Reads a list field's page-size argument and enforces its cap, so every paginated field refuses the same way.</summary>
public static class PageSize
{
    /// <summary>
    /// The page size asked for in <paramref name="argument"/> (default <paramref name="defaultSize"/>); a negative
    /// size is BAD_USER_INPUT, a size above <paramref name="max"/> is PAGE_SIZE_EXCEEDED.
    /// </summary>
    public static int Resolve(ResolveContext context, int defaultSize, int max, string argument = "first")
    {
        var requested = context.Arguments.TryGetValue(argument, out var value) && value is int size ? size : defaultSize;
        if (requested < 0) throw new GraphQLException($"Argument \"{argument}\" must not be negative; got {requested}.", ErrorCodes.BadUserInput);
        if (requested > max)
        {
            throw new GraphQLException(
                $"Argument \"{argument}\" of field \"{context.ParentType.Name}.{context.Field.Name}\" asks for {requested} items; at most {max} are allowed.",
                ErrorCodes.PageSizeExceeded);
        }
        return requested;
    }
}
