using System.Text.Json;
using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Http.Transport;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (query, operationName, variables, extensions) from a JSON object
/// or from URL query parameters, and names exactly what is wrong when they are malformed.
/// </summary>
internal static class RequestParameters
{
    /// <summary>The parameters of a POST body, already parsed as JSON.</summary>
    public static GraphQLRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new RequestError($"The request body must be a JSON object with a \"query\" string; got a JSON {Describe(body.ValueKind)}.");
        }
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    query = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()
                        : throw new RequestError($"The \"query\" parameter must be a string; got a JSON {Describe(property.Value.ValueKind)}.");
                    break;
                case "operationName":
                    operationName = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw new RequestError($"The \"operationName\" parameter must be a string or null; got a JSON {Describe(property.Value.ValueKind)}."),
                    };
                    break;
                case "variables":
                    variables = property.Value.ValueKind switch
                    {
                        JsonValueKind.Object => JsonInput.ToDictionary(property.Value),
                        JsonValueKind.Null => null,
                        _ => throw new RequestError($"The \"variables\" parameter must be a JSON object or null; got a JSON {Describe(property.Value.ValueKind)}."),
                    };
                    break;
                case "extensions":
                    if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        throw new RequestError($"The \"extensions\" parameter must be a JSON object or null; got a JSON {Describe(property.Value.ValueKind)}.");
                    }
                    break;
            }
        }
        return new GraphQLRequest
        {
            Query = query ?? throw new RequestError("The request has no \"query\" parameter: send {\"query\": \"{ ... }\"}."),
            OperationName = operationName,
            Variables = variables,
        };
    }

    /// <summary>The parameters of a GET request's URL; variables and extensions are JSON text there.</summary>
    public static GraphQLRequest FromQueryString(Func<string, string?> parameter)
    {
        var query = parameter("query");
        if (string.IsNullOrEmpty(query)) throw new RequestError("The request has no \"query\" parameter: add ?query={...} to the URL.");
        var operationName = parameter("operationName");
        return new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = JsonObjectParameter(parameter("variables"), "variables"),
        };
    }

    private static Dictionary<string, object?>? JsonObjectParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => JsonInput.ToDictionary(document.RootElement),
                JsonValueKind.Null => null,
                var kind => throw new RequestError($"The \"{name}\" parameter must be a JSON object; got a JSON {Describe(kind)}."),
            };
        }
        catch (JsonException e)
        {
            throw new RequestError($"The \"{name}\" parameter is not valid JSON: {e.Message}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "value",
    };
}
