namespace Graph.GraphQL.Types;

/// <summary>A directive the schema accepts.</summary>
public sealed class DirectiveDefinition(string name, string? description)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    public IReadOnlyList<DirectiveLocation> Locations => LocationList;

    internal List<DirectiveLocation> LocationList { get; } = [];

    public IReadOnlyList<InputValueDefinition> Arguments => ArgumentList;

    internal List<InputValueDefinition> ArgumentList { get; } = [];

    public bool IsRepeatable { get; internal set; }

    public InputValueDefinition? GetArgument(string name) => ArgumentList.FirstOrDefault(a => a.Name == name);
}
