using Graph.GraphQL.Execution;
using Graph.GraphQL.Protection;

namespace Graph.Api.Schema;

/// <summary>Reading coerced arguments the way every resolver here needs them.</summary>
internal static class Args
{
    public static string? String(ResolveContext context, string name) => context.Arguments.GetValueOrDefault(name) as string;

    public static IReadOnlyCollection<string> Strings(ResolveContext context, string name) =>
        context.Arguments.GetValueOrDefault(name) is object?[] items ? [.. items.OfType<string>()] : [];

    public static DateTimeOffset? Date(ResolveContext context, string name) => context.Arguments.GetValueOrDefault(name) as DateTimeOffset?;

    public static int Int(ResolveContext context, string name, int fallback) => context.Arguments.GetValueOrDefault(name) is int i ? i : fallback;

    public static double Float(ResolveContext context, string name, double fallback) => context.Arguments.GetValueOrDefault(name) is double d ? d : fallback;

    /// <summary>The <c>first</c> argument, refused when negative or above the cap (PAGE_SIZE_EXCEEDED).</summary>
    public static int First(ResolveContext context, GraphApiServices services, int fallback) => PageSize.Resolve(context, fallback, services.MaxPageSize);

    /// <summary>An integer argument that must lie in [min, max].</summary>
    public static int Bounded(ResolveContext context, string name, int fallback, int min, int max)
    {
        var value = Int(context, name, fallback);
        return value >= min && value <= max
            ? value
            : throw new GraphQLException($"Argument \"{name}\" must be between {min} and {max}; got {value}.", ErrorCodes.BadUserInput);
    }

    /// <summary>Relation types named in an argument, each checked against the ontology.</summary>
    public static IReadOnlyCollection<string> RelationTypes(ResolveContext context, GraphApiServices services, string name = "types")
    {
        var types = Strings(context, name);
        foreach (var type in types)
        {
            if (!services.Ontology.IsRelationType(type))
            {
                throw new GraphQLException(
                    $"Unknown relation type \"{type}\" in \"{name}\"; the ontology has: {string.Join(", ", services.Ontology.RelationTypes.Select(t => t.Name))}.",
                    ErrorCodes.BadUserInput);
            }
        }
        return types;
    }

    /// <summary>Entity types named in an argument, each checked against the ontology.</summary>
    public static IReadOnlyCollection<string> EntityTypes(ResolveContext context, GraphApiServices services, string name = "types")
    {
        var types = Strings(context, name);
        foreach (var type in types)
        {
            if (!services.Ontology.IsEntityType(type))
            {
                throw new GraphQLException(
                    $"Unknown entity type \"{type}\" in \"{name}\"; the ontology has: {string.Join(", ", services.Ontology.EntityTypes.Select(t => t.Name))}.",
                    ErrorCodes.BadUserInput);
            }
        }
        return types;
    }
}
