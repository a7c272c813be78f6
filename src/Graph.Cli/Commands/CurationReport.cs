using Graph.Interchange.Reading;
using Graph.Store;

namespace Graph.Cli.Commands;

/// <summary>
/// The last step of <c>graph import</c> (of an export) and <c>graph push</c>: makes the source's hand merges and aliases
/// again in the target (<see cref="CurationReplay"/>), says how many, and names what could not be carried.
/// </summary>
internal static class CurationReport
{
    public static async Task CarryOverAsync(IGraphStore target, GraphSnapshot source, CancellationToken cancellationToken)
    {
        var plan = await CurationReplay.CarryOverAsync(target, source, cancellationToken).ConfigureAwait(false);
        if (!plan.IsEmpty)
        {
            Console.WriteLine($"curation carried over: {plan.Merges.Count} merge(s), {plan.Aliases.Count} hand-given alias(es)");
        }

        if (plan.Uncarried.Count > 0)
        {
            await Console.Error.WriteLineAsync(
                $"graph: {plan.Uncarried.Count} curated entit{(plan.Uncarried.Count == 1 ? "y" : "ies")} that no article mentions stayed behind "
                + $"(an entity comes only with an article): {string.Join(", ", plan.Uncarried.Take(10))}{(plan.Uncarried.Count > 10 ? ", …" : "")}").ConfigureAwait(false);
        }
    }
}
