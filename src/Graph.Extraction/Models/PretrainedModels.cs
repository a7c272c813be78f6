using System.Reflection;
using Graph.Extraction.Parsing;
using Graph.Extraction.Tagging;

namespace Graph.Extraction.Models;

/// <summary>
/// The models shipped inside this assembly (embedded resources built from the files in
/// src/Graph.Extraction/Models), each loaded once on first use. The instances are read-only,
/// so any number of threads may tag, lemmatise and parse with them at once.
/// </summary>
public static class PretrainedModels
{
    public const string TaggerResource = "tagger.model.gz";
    public const string LemmatizerResource = "lemmatizer.model.gz";
    public const string ParserResource = "parser.model.gz";

    private static readonly Lazy<PosTagger> TaggerInstance = new(() => Load(TaggerResource, PosTagger.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Lemmatizer> LemmatizerInstance = new(() => Load(LemmatizerResource, Lemmatizer.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<DependencyParser> ParserInstance = new(() => Load(ParserResource, DependencyParser.Load), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The part-of-speech tagger trained on UD English-EWT.</summary>
    public static PosTagger Tagger => TaggerInstance.Value;

    /// <summary>The lemmatiser trained on UD English-EWT.</summary>
    public static Lemmatizer Lemmatizer => LemmatizerInstance.Value;

    /// <summary>The dependency parser trained on UD English-EWT.</summary>
    public static DependencyParser Parser => ParserInstance.Value;

    private static T Load<T>(string name, Func<Stream, T> read)
    {
        using var stream = typeof(PretrainedModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"model resource '{name}' is missing from {typeof(PretrainedModels).Assembly.GetName().Name}; retrain it (see MODELS.md)");
        try
        {
            return read(stream);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"model resource '{name}' cannot be read: {e.Message}", e);
        }
    }
}
