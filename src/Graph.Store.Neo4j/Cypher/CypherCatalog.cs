namespace Graph.Store.Neo4j.Cypher;

/// <summary>
/// The Cypher statements under <c>cypher/</c>, embedded in this assembly at build time and looked up by name
/// (<c>queries/counts</c>, <c>schema/02-entity-id</c>, …). Nothing here builds Cypher: the files are sent as they are.
/// </summary>
public sealed class CypherCatalog
{
    private const string Prefix = "cypher/";
    private const string Extension = ".cypher";

    private static readonly Lazy<CypherCatalog> EmbeddedCatalog = new(LoadEmbedded);

    private readonly Dictionary<string, CypherStatement> statements;

    private CypherCatalog(Dictionary<string, CypherStatement> statements) => this.statements = statements;

    /// <summary>The statements embedded in this assembly.</summary>
    public static CypherCatalog Embedded => EmbeddedCatalog.Value;

    public IReadOnlyCollection<string> Names => statements.Keys;

    /// <summary>The schema statements (constraints, indexes, the full-text index) in file-name order.</summary>
    public IReadOnlyList<CypherStatement> Schema =>
        [.. statements.Values.Where(s => s.Name.StartsWith("schema/", StringComparison.Ordinal)).OrderBy(s => s.Name, StringComparer.Ordinal)];

    public CypherStatement Get(string name) =>
        statements.TryGetValue(name, out var statement)
            ? statement
            : throw new KeyNotFoundException($"no Cypher file cypher/{name}{Extension} is embedded in {typeof(CypherCatalog).Assembly.GetName().Name}");

    private static CypherCatalog LoadEmbedded()
    {
        var assembly = typeof(CypherCatalog).Assembly;
        var found = new Dictionary<string, CypherStatement>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var normalised = resource.Replace('\\', '/');
            if (!normalised.StartsWith(Prefix, StringComparison.Ordinal) || !normalised.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = normalised[Prefix.Length..^Extension.Length];
            found[name] = new CypherStatement(name, reader.ReadToEnd().Trim());
        }

        return new CypherCatalog(found);
    }
}
