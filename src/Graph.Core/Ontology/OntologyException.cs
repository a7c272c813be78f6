namespace Graph.Core.Ontology;

/// <summary>A bad ontology file: the message names the file and the line.</summary>
public sealed class OntologyException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
