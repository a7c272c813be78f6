using System.CommandLine;
using System.Globalization;
using Graph.Core.Model;
using Graph.Store;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph entity NAME</c>: the entity (by name, alias or id) and its relations, strongest first,
/// each with one sentence of evidence. An ambiguous name lists every entity it names; an unknown one
/// suggests the nearest names from full-text search.
/// </summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "A name, an alias or an entity id" };
        var limit = new Option<int>("--limit") { Description = "At most this many relations", DefaultValueFactory = _ => 50 };
        var command = new Command("entity", "Show an entity and its relations") { name, limit };
        command.SetAction(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
            var asked = context.Parse.GetValue(name)!;
            var found = await store.GetEntityAsync(asked, cancellationToken).ConfigureAwait(false) is { } byId
                ? [byId]
                : await store.FindEntitiesByNameAsync(asked, cancellationToken).ConfigureAwait(false);
            if (found.Count == 0)
            {
                var hits = await store.SearchEntitiesAsync(new EntitySearch(asked) { First = 5 }, cancellationToken).ConfigureAwait(false);
                var suggestion = hits.Items.Count == 0 ? string.Empty : $"; did you mean: {string.Join(", ", hits.Items.Select(h => h.Entity.Name))}?";
                throw new UserError($"no entity named '{asked}'{suggestion}");
            }

            foreach (var entity in found)
            {
                await ShowAsync(store, entity, context.Parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static async Task ShowAsync(IGraphStore store, Entity entity, int limit, CancellationToken cancellationToken)
    {
        var console = Terminal.Out;
        console.MarkupLine($"[bold]{Markup.Escape(entity.Name)}[/] ({Markup.Escape(entity.Type)}, id {Markup.Escape(entity.Id)})");
        if (entity.Aliases.Count > 0)
        {
            console.WriteLine($"  also: {string.Join(", ", entity.Aliases)}");
        }

        var relations = await store.GetRelationsAsync(new RelationQuery(entity.Id) { First = limit }, cancellationToken).ConfigureAwait(false);
        var others = relations.Items.Select(r => r.SubjectId == entity.Id ? r.ObjectId : r.SubjectId).Distinct().ToList();
        var names = await store.GetEntitiesAsync(others, cancellationToken).ConfigureAwait(false);
        var evidence = await store.GetEvidenceAsync([.. relations.Items.Select(r => r.Id)], 1, cancellationToken).ConfigureAwait(false);

        console.WriteLine($"  {relations.TotalCount} relation(s){(relations.HasNextPage ? $", the first {relations.Items.Count} shown" : string.Empty)}");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("relation").AddColumn("other").AddColumn(new TableColumn("support").RightAligned())
            .AddColumn(new TableColumn("confidence").RightAligned()).AddColumn("evidence");
        foreach (var relation in relations.Items)
        {
            var outgoing = relation.SubjectId == entity.Id;
            var otherId = outgoing ? relation.ObjectId : relation.SubjectId;
            var other = names.TryGetValue(otherId, out var o) ? o.Name : otherId;
            var arrow = outgoing ? $"-[{relation.Type}]->" : $"<-[{relation.Type}]-";
            var sentence = evidence.TryGetValue(relation.Id, out var e) && e.Count > 0 ? Shorten(e[0].Sentence, 90) : string.Empty;
            table.AddRow(
                Markup.Escape(arrow),
                Markup.Escape(other),
                relation.Support.ToString(CultureInfo.InvariantCulture),
                relation.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(sentence));
        }

        console.Write(table);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
