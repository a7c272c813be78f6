using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Reading;
using Graph.Store.Sqlite.Storage;
using Graph.Store.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL, foreign keys, versioned migrations applied at open).
/// One writer connection (writes are serialised; each article, or each batch of articles, is one transaction);
/// a pool of read connections that read concurrently with it.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private readonly SqlSession writer;
    private readonly ReaderPool readers;
    private readonly ArticleWriter articles;
    private readonly Curation curation;
    private readonly SqliteStoreOptions options;
    private readonly GraphOntology ontology;
    private readonly Lock writeGate = new();
    private bool disposed;

    private SqliteGraphStore(SqlSession writer, ReaderPool readers, SqliteStoreOptions options, GraphOntology ontology)
    {
        this.writer = writer;
        this.readers = readers;
        this.options = options;
        this.ontology = ontology;
        articles = new ArticleWriter(writer, ontology, options.Clock);
        curation = new Curation(writer, ontology, options.Clock);
    }

    /// <summary>The schema version this program writes.</summary>
    public static int SchemaVersion => Migrator.LatestVersion;

    /// <summary>Opens (creating when missing) the store file and brings its schema up to date.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(SqliteStoreOptions options, GraphOntology? ontology = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new ArgumentException("the SQLite store needs a file path", nameof(options));
        }

        var path = System.IO.Path.GetFullPath(options.Path);
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        SqliteLibrary.Configure();
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            using (var pragma = connection.CreateCommand())
            {
                // WAL: readers never block the writer; NORMAL sync is durable across process crashes in WAL mode.
                // Checkpoints every 32 MB of WAL rather than 4 MB: a batch dirties thousands of pages, and a page written
                // by several batches is then copied back once.
                pragma.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 8192;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            connection.CreateFunction("graph_noisy_or", (long logMiss, long certain) => NoisyOr.Confidence(logMiss, certain), isDeterministic: true);
            await Migrator.MigrateAsync(connection, options.Clock.GetUtcNow(), cancellationToken);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreUnavailableException($"cannot open the SQLite store at '{path}': {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        builder.Mode = SqliteOpenMode.ReadOnly;
        var resolved = ontology ?? GraphOntology.Default;
        return new SqliteGraphStore(new SqlSession(connection), new ReaderPool(builder.ToString(), resolved), options, resolved);
    }

    // ---- writes ----

    public Task<PutResult> PutArticleAsync(ArticleFacts facts, CancellationToken cancellationToken = default) =>
        Run(() => PutBatch([facts], cancellationToken)[0]);

    public Task<IReadOnlyList<PutResult>> PutArticlesAsync(IReadOnlyList<ArticleFacts> batch, CancellationToken cancellationToken = default) =>
        Run<IReadOnlyList<PutResult>>(() => PutBatch(batch, cancellationToken));

    public Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        Run(() => Write(() => articles.Retract(articleId), cancellationToken));

    public Task<Entity> MergeEntitiesAsync(string keptId, string mergedId, CancellationToken cancellationToken = default) =>
        Run(() =>
        {
            Write(() => { curation.Merge(keptId, mergedId); return true; }, cancellationToken);
            return readers.Read(r => r.Entities.ById(keptId))!;
        });

    public Task<Entity> AddAliasAsync(string entityId, string alias, CancellationToken cancellationToken = default) =>
        Run(() =>
        {
            Write(() => { curation.AddAlias(entityId, alias); return true; }, cancellationToken);
            return readers.Read(r => r.Entities.ById(entityId))!;
        });

    private List<PutResult> PutBatch(IReadOnlyList<ArticleFacts> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var facts in batch)
        {
            FactsValidator.EnsureValid(facts, ontology);
            if (facts.Statements.Count > StatementKeys.MaxPerArticle)
            {
                // A statement's key keeps its ordinal in 20 bits (Storage/StatementKeys.cs).
                throw new InvalidFactsException(facts.Article.Id, [$"{facts.Statements.Count:N0} statements: the SQLite store takes at most {StatementKeys.MaxPerArticle:N0} per article"]);
            }
        }

        return Write(
            () =>
            {
                var results = new List<PutResult>(batch.Count);
                articles.Prepare(batch);
                foreach (var facts in batch)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results.Add(articles.Put(facts));
                    options.FaultInjectionAfterArticleWritten?.Invoke(facts.Article.Id);
                }

                return results;
            },
            cancellationToken);
    }

    /// <summary>Runs a write in one transaction: all of it commits, or (any exception) none of it.</summary>
    private T Write<T>(Func<T> write, CancellationToken cancellationToken)
    {
        lock (writeGate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            var transaction = writer.Begin();
            try
            {
                articles.BeginWrite();
                var result = write();
                articles.EndWrite();
                cancellationToken.ThrowIfCancellationRequested();
                transaction.Commit();
                return result;
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
            finally
            {
                writer.EndTransaction();
            }
        }
    }

    // ---- reads ----

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Read(r => r.Entities.ById(id));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, Entity>>(r => r.Entities.ByIds(ids));

    public Task<IReadOnlyList<Entity>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Entity>>(r => r.Entities.ByName(nameOrAlias));

    public Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default) =>
        Read(r => r.Search.Search(query));

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        Read(r => new EntityLister(r.Session, r.Entities, [.. ontology.EntityTypes.Select(t => t.Name)]).List(query));

    public Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        Read(r => r.Relations.OfEntity(query));

    public Task<IReadOnlyDictionary<string, Page<Relation>>> GetRelationsOfManyAsync(IReadOnlyCollection<string> entityIds, RelationQuery filter, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, Page<Relation>>>(r => entityIds.Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => r.Relations.OfEntity(filter with { EntityId = id }, honourCursor: false), StringComparer.Ordinal));

    public Task<Page<Relation>> SearchRelationsAsync(RelationSearch query, CancellationToken cancellationToken = default) =>
        Read(r => r.Relations.Search(query));

    public Task<Relation?> GetRelationAsync(string relationId, CancellationToken cancellationToken = default) =>
        Read(r => r.Relations.ById(relationId));

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Read(r => r.Walker.Neighborhood(query));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<GraphPath>>(r => r.Walker.Paths(query));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, int maxPerRelation = 20, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>>(r => r.Evidence.ForRelations(relationIds, maxPerRelation));

    public Task<IReadOnlyList<Evidence>> GetTimelineAsync(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit = 200, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Evidence>>(r => r.Evidence.Timeline(entityId, since, until, limit));

    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default) =>
        Read(r => r.Articles.ById(id));

    public Task<Page<Article>> GetArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default) =>
        Read(r => r.Articles.Page(query));

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) =>
        Read(r => r.Graph.Counts());

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Read(r => r.Graph.All());

    private Task<T> Read<T>(Func<Readers, T> read) =>
        Run(() =>
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return readers.Read(read);
        });

    /// <summary>SQLite is in-process: the work runs on the caller's thread; errors come back as a faulted task.</summary>
    private static Task<T> Run<T>(Func<T> work)
    {
        try
        {
            return Task.FromResult(work());
        }
        catch (OperationCanceledException e)
        {
            return Task.FromCanceled<T>(e.CancellationToken.IsCancellationRequested ? e.CancellationToken : new CancellationToken(true));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return Task.FromException<T>(new StoreUnavailableException($"the SQLite store is busy or locked: {e.Message}", e));
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (writeGate)
        {
            if (!disposed)
            {
                disposed = true;
                readers.Dispose();
                writer.Dispose();
            }
        }

        return ValueTask.CompletedTask;
    }
}
