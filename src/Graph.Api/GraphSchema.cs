using Graph.Api.Schema;
using Graph.GraphQL.Types;

namespace Graph.Api;

/// <summary>The graph's GraphQL schema (Relay conventions), its resolvers bound to <see cref="GraphApiServices"/>.</summary>
public static class GraphSchema
{
    public static GraphQL.Types.Schema Build(GraphApiServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var schema = new SchemaBuilder()
            .Description("Graph: news articles in, a knowledge graph of who did what to whom out.");
        CommonTypes.Add(schema);
        QuerySchema.Add(schema, services);
        EntitySchema.Add(schema, services);
        RelationSchema.Add(schema, services);
        ArticleSchema.Add(schema, services);
        MutationSchema.Add(schema, services);
        IngestionSchema.Add(schema, services);
        SubscriptionSchema.Add(schema, services);
        return schema.Build();
    }
}
