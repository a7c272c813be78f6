using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests;

/// <summary>Schemas the tests share: the spec's own Dog/Cat/Pet example (§5) plus argument and input types, as SDL.</summary>
internal static class TestSchemas
{
    /// <summary>The SDL, from tests/graphql-oracle/schemas/pets.graphql (copied beside the test assembly).</summary>
    public static string PetsSdl => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "pets.graphql"));

    private static readonly Lazy<Schema> PetsSchema = new(() => new SchemaBuilder().Sdl(PetsSdl).Build());

    /// <summary>The spec's validation example schema (no resolvers; used for validation).</summary>
    public static Schema Pets => PetsSchema.Value;
}
