using System.Collections.Concurrent;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Http.Transport;

/// <summary>
/// Which kind of operation (query, mutation, subscription) a request would run, known before it runs: GET must refuse
/// mutations, and mutations need a key. Documents are parsed once and remembered (bounded); a document that does not
/// parse, or names no operation, has no kind here and is left to the engine, which refuses it with the proper error.
/// </summary>
internal sealed class OperationKinds(GraphQLEngine engine)
{
    private const int Capacity = 1_000;
    private readonly ConcurrentDictionary<string, (string? Name, OperationType Kind)[]> _byDocument = new(StringComparer.Ordinal);

    public OperationType? Of(GraphQLRequest request)
    {
        if (!_byDocument.TryGetValue(request.Query, out var operations))
        {
            operations = Read(request.Query);
            if (_byDocument.Count >= Capacity) _byDocument.Clear();
            _byDocument[request.Query] = operations;
        }
        if (request.OperationName is null) return operations.Length == 1 ? operations[0].Kind : null;
        foreach (var (name, kind) in operations)
        {
            if (name == request.OperationName) return kind;
        }
        return null;
    }

    private (string? Name, OperationType Kind)[] Read(string text)
    {
        var protection = engine.Options.Protection;
        if (protection.MaxDocumentLength is { } max && text.Length > max) return [];
        try
        {
            var document = Parser.Parse(text, new ParserOptions { MaxTokens = protection.MaxTokens ?? int.MaxValue });
            return [.. document.Definitions.OfType<OperationDefinitionNode>().Select(o => (o.Name?.Value, o.Operation))];
        }
        catch (GraphQLSyntaxException)
        {
            return [];
        }
    }
}
