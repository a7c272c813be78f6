using System.CommandLine;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary><c>graph stats</c>: how big the graph is, by entity and relation type.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Show the size of the graph");
        command.SetAction(async (context, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
            var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
            var console = Terminal.Out;
            console.WriteLine($"{counts.Articles} articles, {counts.Entities} entities, {counts.Relations} relations, {counts.Statements} statements  ({context.DatabasePath})");
            var table = new Table().Border(TableBorder.Simple).AddColumn("kind").AddColumn("type").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (type, n) in counts.EntitiesByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                table.AddRow("entity", Markup.Escape(type), n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (var (type, n) in counts.RelationsByType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                table.AddRow("relation", Markup.Escape(type), n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return 0;
        });
        return command;
    }
}
