using Graph.Bench.Api;
using Graph.Core.Ontology;

// Graph.Bench.Api: GraphQL against plain endpoints over the BBC corpus's graph, with wrk (see BenchRun).
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"Graph.Bench.Api: {e.Message}");
    return 2;
}

var database = await BenchDatabase.EnsureAsync(options.DatabasePath, options.CorpusFolder, GraphOntology.Default);
if (options.PrepareOnly) return 0;
try
{
    return await BenchRun.RunAsync(options, database);
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"Graph.Bench.Api: {e.Message}");
    return 1;
}
