using System.Collections;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec §3.6 / §6.1.2 / §6.4.1): literals and variable values to internal values. Internal forms:
/// Int → int, Float → double, String/ID → string, Boolean → bool, enum → the value's internal value,
/// list → object?[], input object → Dictionary&lt;string, object?&gt;.
/// </summary>
public static class ValueCoercion
{
    /// <summary>Marks a value that could not be coerced (graphql-js's <c>undefined</c>).</summary>
    public static readonly object Invalid = new();

    /// <summary>graphql-js valueFromAST: a literal (possibly holding variables) to an internal value, or <see cref="Invalid"/>.</summary>
    public static object? CoerceLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value)) return Invalid;
            return value is null && type is NonNullType ? Invalid : value;
        }
        if (type is NonNullType nn) return node is NullValueNode ? Invalid : CoerceLiteral(node, nn.OfType, variables);
        if (node is NullValueNode) return null;
        switch (type)
        {
            case ListType list:
                if (node is ListValueNode items)
                {
                    var result = new object?[items.Values.Count];
                    for (var i = 0; i < result.Length; i++)
                    {
                        var item = items.Values[i];
                        if (IsMissingVariable(item, variables))
                        {
                            if (list.OfType is NonNullType) return Invalid;
                            continue;
                        }
                        var coerced = CoerceLiteral(item, list.OfType, variables);
                        if (ReferenceEquals(coerced, Invalid)) return Invalid;
                        result[i] = coerced;
                    }
                    return result;
                }
                var single = CoerceLiteral(node, list.OfType, variables);
                return ReferenceEquals(single, Invalid) ? Invalid : new[] { single };
            case InputObjectType input:
                if (node is not ObjectValueNode obj) return Invalid;
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var fieldNode in obj.Fields)
                {
                    if (input.GetField(fieldNode.Name.Value) is null) return Invalid;
                }
                foreach (var field in input.Fields)
                {
                    var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                    if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefault) map[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType) return Invalid;
                        continue;
                    }
                    var coerced = CoerceLiteral(fieldNode.Value, field.Type, variables);
                    if (ReferenceEquals(coerced, Invalid)) return Invalid;
                    map[field.Name] = coerced;
                }
                return map;
            case EnumType e:
                try
                {
                    return e.ParseLiteral(node);
                }
                catch (ScalarCoercionException)
                {
                    return Invalid;
                }
            case ScalarType s:
                try
                {
                    return s.ParseLiteral(node);
                }
                catch (ScalarCoercionException)
                {
                    return Invalid;
                }
            default:
                return Invalid;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>
    /// graphql-js coerceInputValue: a runtime value (as read from JSON) to an internal value; each problem is reported
    /// through <paramref name="onError"/> with the path inside the value, the offending value and the reason.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, Action<IReadOnlyList<object>, object?, string> onError, List<object>? path = null)
    {
        path ??= [];
        if (type is NonNullType nn)
        {
            if (value is not null) return CoerceInputValue(value, nn.OfType, onError, path);
            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return Invalid;
        }
        if (value is null) return null;
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary<string, object?> and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        result.Add(CoerceInputValue(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }
                    return result.ToArray();
                }
                return new[] { CoerceInputValue(value, list.OfType, onError, path) };
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    onError(path.ToArray(), value, $"Expected type \"{input.Name}\" to be an object.");
                    return Invalid;
                }
                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    if (!map.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.HasDefault) coerced[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType)
                        {
                            onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                        }
                        continue;
                    }
                    path.Add(field.Name);
                    coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, path);
                    path.RemoveAt(path.Count - 1);
                }
                foreach (var key in map.Keys)
                {
                    if (input.GetField(key) is null)
                    {
                        var suggestion = Validation.Suggestions.DidYouMean(null, Validation.Suggestions.List(key, input.Fields.Select(f => f.Name)));
                        onError(path.ToArray(), value, $"Field \"{key}\" is not defined by type \"{input.Name}\".{suggestion}");
                    }
                }
                return coerced;
            case EnumType e:
                try
                {
                    return e.ParseValue(value);
                }
                catch (ScalarCoercionException ex)
                {
                    onError(path.ToArray(), value, ex.Message);
                    return Invalid;
                }
            case ScalarType s:
                try
                {
                    return s.ParseValue(value);
                }
                catch (ScalarCoercionException ex)
                {
                    onError(path.ToArray(), value, ex.Message);
                    return Invalid;
                }
            default:
                return Invalid;
        }
    }

    /// <summary>Spec CoerceVariableValues: every problem becomes a request error (code BAD_USER_INPUT).</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeRefs.TryResolve(definition.Type, schema.GetType);

            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{definition.Type}\" which cannot be used as an input type.", [definition.Location], null, ErrorCodes.BadUserInput));
                continue;
            }
            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = CoerceLiteral(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition.Location], null, ErrorCodes.BadUserInput));
                }
                continue;
            }
            if (value is null && type is NonNullType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition.Location], null, ErrorCodes.BadUserInput));
                continue;
            }
            var before = errors.Count;
            var result = CoerceInputValue(value, type, (path, invalid, message) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
                if (path.Count > 0) prefix += $" at \"{name}{PrintPath(path)}\"";
                errors.Add(new GraphQLError(prefix + "; " + message, [definition.Location], null, ErrorCodes.BadUserInput));
            });
            if (errors.Count == before) coerced[name] = result;
        }
        return coerced;
    }

    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));

    /// <summary>Spec CoerceArgumentValues; throws <see cref="FieldErrorException"/> naming the argument at fault.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> nodes, Node owner, IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0) return EmptyArguments;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? node = null;
            foreach (var candidate in nodes)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    node = candidate;
                    break;
                }
            }
            if (node is null)
            {
                if (definition.HasDefault) coerced[definition.Name] = definition.DefaultValue;
                else if (definition.Type is NonNullType)
                {
                    throw new FieldErrorException($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", owner.Location);
                }
                continue;
            }
            var valueNode = node.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefault) coerced[definition.Name] = definition.DefaultValue;
                    else if (definition.Type is NonNullType)
                    {
                        throw new FieldErrorException(
                            $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            valueNode.Location);
                    }
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && definition.Type is NonNullType)
            {
                throw new FieldErrorException($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode.Location);
            }
            var value = CoerceLiteral(valueNode, definition.Type, variables);
            if (ReferenceEquals(value, Invalid))
            {
                throw new FieldErrorException($"Argument \"{definition.Name}\" has invalid value {AstPrinter.Print(valueNode)}.", valueNode.Location);
            }
            coerced[definition.Name] = value;
        }
        return coerced;
    }

    internal static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();
}

/// <summary>An error located at a node, raised while executing a field (becomes a field error).</summary>
public sealed class FieldErrorException : Exception
{
    public FieldErrorException(string message, SourceLocation location) : base(message) => Location = location;

    public FieldErrorException() { }

    public FieldErrorException(string message) : base(message) { }

    public FieldErrorException(string message, Exception inner) : base(message, inner) { }

    public SourceLocation Location { get; }
}
