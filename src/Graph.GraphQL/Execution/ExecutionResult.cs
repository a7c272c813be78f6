namespace Graph.GraphQL.Execution;

/// <summary>A response (spec §7.1): data (null when execution could not start or the root failed), errors, extensions.</summary>
public sealed class ExecutionResult
{
    public ExecutionResult(ResultMap? data, IReadOnlyList<GraphQLError> errors, bool hasData)
    {
        Data = data;
        Errors = errors;
        HasData = hasData;
    }

    /// <summary>The data: a <see cref="ResultMap"/> whose values are ResultMaps, object?[] lists and scalars.</summary>
    public ResultMap? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>False for request errors (parse, validation, variables): the response then has no "data" entry at all.</summary>
    public bool HasData { get; }

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new(null, errors, false);

    public static ExecutionResult RequestError(GraphQLError error) => new(null, [error], false);

    public string ToJson() => ResultJsonWriter.ToJson(this);
}
