namespace Graph.Core.Ontology;

/// <summary>
/// Reads the ontology file: sections <c>[entity NAME]</c> and <c>[relation NAME]</c>, each followed by
/// <c>key = value</c> lines; lists are comma-separated; <c>#</c> starts a comment line. Any problem is an
/// <see cref="OntologyException"/> naming the file and line, so a user extending the file sees exactly what is wrong.
/// </summary>
public static class OntologyLoader
{
    /// <summary>The kinds of signal words a relation section may list; the extractor reads them by these names.</summary>
    public static readonly IReadOnlySet<string> SignalKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "verbs",        // verb lemmas, optionally with a particle or preposition: "meet", "hold talks with"
        "nouns",        // nominalisations: "meeting" (with), "attack" (on), "criticism" (of)
        "titles",       // role nouns before or after a name: "president", "spokesman"
        "prepositions", // prepositions that attach the object of a signal noun or verb: "with", "on", "of"
        "adjectives",   // predicative adjectives: "furious" (with)
        "links",        // prepositions tying a person's name straight to an organisation's: "Jane Roe of Acme University"
    };

    private const string EmbeddedName = "Graph.Core.Ontology.ontology.ini";

    public static GraphOntology LoadDefault()
    {
        using var stream = typeof(OntologyLoader).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"the default ontology ({EmbeddedName}) is not embedded in {typeof(OntologyLoader).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "ontology.ini (embedded)");
    }

    public static GraphOntology LoadFile(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new OntologyException(path, 0, "the ontology file does not exist");
        }

        return Parse(System.IO.File.ReadAllText(path), path);
    }

    public static GraphOntology Parse(string text, string fileName)
    {
        var parser = new OntologyParser(fileName);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            parser.Line(i + 1, lines[i].TrimEnd('\r'));
        }

        return parser.Finish();
    }
}
