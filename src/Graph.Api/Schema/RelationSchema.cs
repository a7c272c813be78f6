using Graph.Api.Loading;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>The <c>Relation</c> type: an aggregated, typed relationship between two entities, with its evidence.</summary>
internal static class RelationSchema
{
    public static void Add(SchemaBuilder schema, GraphApiServices services)
    {
        var store = services.Store;
        schema.Object("Relation", t => t
            .Description("Who did what to whom: a typed relationship between two entities, backed by statements in articles.")
            .Implements("Node")
            .IsTypeOf<Relation>()
            .Field("id", "ID!", c => GlobalId.Of(GlobalId.Relation, c.Parent<Relation>().Id))
            .Field("type", "String!", f => f.Description("A relation type of the ontology, e.g. MET, CRITICIZED.").FromParent((Relation p) => p.Type))
            .Field("cameo", "String", f => f.Description("The type's CAMEO root code, where CAMEO has one.")
                .Resolve(c => services.Ontology.TryGetRelationType(c.Parent<Relation>().Type, out var type) ? type.Cameo : null))
            .Field("symmetric", "Boolean!", f => f.Description("True when the type reads the same both ways (subject and object are then in a canonical order).")
                .Resolve(c => services.Ontology.TryGetRelationType(c.Parent<Relation>().Type, out var type) && type.Symmetric))
            // The loads come back as they are: their batches already word store failures for the client.
            .Field("subject", "Entity!", f => f.Resolve(new FieldResolver(c => Loaders.EntityObjectAsync(c, store, c.Parent<Relation>().SubjectId))))
            .Field("object", "Entity!", f => f.Resolve(new FieldResolver(c => Loaders.EntityObjectAsync(c, store, c.Parent<Relation>().ObjectId))))
            .Field("support", "Int!", f => f.Description("How many statements back it, across all articles.").FromParent((Relation p) => p.Support))
            .Field("confidence", "Float!", f => f.Description("Noisy-or of its statements' confidences.").FromParent((Relation p) => p.Confidence))
            .Field("firstSeen", "DateTime!", (Relation p) => p.FirstSeen)
            .Field("lastSeen", "DateTime!", (Relation p) => p.LastSeen)
            .Field("evidence", "[Evidence!]!", f => f
                .Description("The statements behind it, newest article first.")
                .Argument("first", "Int", a => a.Default(5))
                .Resolve(new FieldResolver(c => Loaders.EvidenceObjectAsync(c, store, c.Parent<Relation>().Id, Args.First(c, services, 5))))));
        CommonTypes.AddConnection<Relation>(schema, "Relation", "A page of relations.");
    }
}
