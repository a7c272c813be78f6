using System.Runtime.CompilerServices;
using Graph.Api.Events;
using Graph.GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The <c>Subscription</c> root: a live feed of what ingestion and curation change.</summary>
internal static class SubscriptionSchema
{
    public static void Add(SchemaBuilder schema, GraphApiServices services)
    {
        schema.Enum("IngestionEventKind", e =>
        {
            e.Description("What happened.");
            foreach (var kind in Enum.GetValues<IngestionEventKind>()) e.Value(ScreamingCase(kind.ToString()), kind);
        });
        schema.Object("IngestionEvent", t => t
            .Description("One change to the graph.")
            .Field("kind", "IngestionEventKind!", (IngestionEvent p) => p.Kind)
            .Field("at", "DateTime!", (IngestionEvent p) => p.At)
            .Field("articleId", "ID", f => f.Description("The article's store id, for article events.").FromParent((IngestionEvent p) => p.ArticleId))
            .Field("entityId", "ID", f => f.Description("The entity's store id, for curation events.").FromParent((IngestionEvent p) => p.EntityId))
            .Field("entities", "Int", (IngestionEvent p) => p.Entities)
            .Field("statements", "Int", (IngestionEvent p) => p.Statements)
            .Field("message", "String", (IngestionEvent p) => p.Message));
        schema.Object("Subscription", t => t
            .Field("ingestionEvents", "IngestionEvent!", f => f
                .Description("Every change from now on: articles ingested or deleted, entities merged or renamed.")
                .Argument("kinds", "[IngestionEventKind!]", a => a.Description("Only these kinds; all when absent."))
                .Subscribe(c =>
                {
                    var kinds = c.Arguments.GetValueOrDefault("kinds") is object?[] list ? list.OfType<IngestionEventKind>().ToHashSet() : null;
                    return new ValueTask<IAsyncEnumerable<object?>>(Filter(services.Events.Subscribe(c.CancellationToken), kinds, c.CancellationToken));
                })));
    }

    private static async IAsyncEnumerable<object?> Filter(IAsyncEnumerable<IngestionEvent> events, HashSet<IngestionEventKind>? kinds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (kinds is null || kinds.Contains(item.Kind)) yield return item;
        }
    }

    private static string ScreamingCase(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : char.ToUpperInvariant(ch).ToString()));
}
