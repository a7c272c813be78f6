using System.Collections.Concurrent;
using Graph.Core.Ontology;
using Graph.Store.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// Read-only connections with their prepared statements, lent one caller at a time. WAL lets them read while
/// the writer writes; each read runs in its own read transaction, so it sees one consistent version.
/// </summary>
internal sealed class ReaderPool(string connectionString, GraphOntology ontology) : IDisposable
{
    private readonly ConcurrentBag<Readers> idle = [];
    private readonly ConcurrentBag<Readers> all = [];

    public T Read<T>(Func<Readers, T> read)
    {
        if (!idle.TryTake(out var readers))
        {
            readers = Open();
            all.Add(readers);
        }

        try
        {
            readers.Session.BeginRead();
            try
            {
                return read(readers);
            }
            finally
            {
                readers.Session.EndRead();
            }
        }
        finally
        {
            idle.Add(readers);
        }
    }

    private Readers Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // Up to 1 GiB of the file memory-mapped: pages are read in place rather than copied into each connection's cache.
            pragma.CommandText = "PRAGMA query_only = ON; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;";
            pragma.ExecuteNonQuery();
        }

        return new Readers(new SqlSession(connection), ontology);
    }

    public void Dispose()
    {
        foreach (var readers in all)
        {
            readers.Session.Dispose();
        }
    }
}

/// <summary>The readers over one session.</summary>
internal sealed class Readers
{
    public Readers(SqlSession session, GraphOntology ontology)
    {
        Session = session;
        Entities = new EntityReader(session);
        Relations = new RelationReader(session, ontology);
        Articles = new ArticleReader(session);
        Evidence = new EvidenceReader(session);
        Search = new EntitySearcher(session, Entities);
        Walker = new GraphWalker(session, Entities);
        Graph = new GraphReader(session, Entities, Articles);
    }

    public SqlSession Session { get; }

    public EntityReader Entities { get; }

    public RelationReader Relations { get; }

    public ArticleReader Articles { get; }

    public EvidenceReader Evidence { get; }

    public EntitySearcher Search { get; }

    public GraphWalker Walker { get; }

    public GraphReader Graph { get; }
}
