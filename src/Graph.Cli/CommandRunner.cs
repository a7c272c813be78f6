using System.CommandLine;
using Graph.Core.Ontology;
using Graph.Store;

namespace Graph.Cli;

/// <summary>
/// Runs a command's body and turns the errors a user can cause (a bad file, a bad ontology, an unknown
/// entity) into one clear line on standard error and exit code 1; anything else is a bug: exit code 2.
/// </summary>
internal static class CommandRunner
{
    public static void SetAction(this Command command, Func<CommandContext, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await body(new CommandContext(parse), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OntologyException or InvalidFactsException or EntityNotFoundException
                                           or FileNotFoundException or DirectoryNotFoundException or UserError
                                           or Extraction.Input.ArticleInputException or Extraction.Evaluation.ScoreInputException
                                           or Ingestion.Configuration.IngestionConfigurationException or Store.Neo4j.Neo4jConfigurationException)
            {
                await Console.Error.WriteLineAsync($"graph: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync("graph: cancelled").ConfigureAwait(false);
                return 130;
            }
            catch (Exception e)
            {
                await Console.Error.WriteLineAsync($"graph: internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
                return 2;
            }
        });
}

/// <summary>A mistake in how the command was called, reported as it is.</summary>
internal sealed class UserError(string message) : Exception(message);
