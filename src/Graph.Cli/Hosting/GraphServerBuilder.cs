using Graph.Api;
using Graph.Api.Events;
using Graph.Api.Ingestion;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Http;
using Graph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Hosting;

/// <summary>
/// Composes the <c>graph serve</c> process: Kestrel, the store, the GraphQL API and its HTTP endpoint. Other parts of
/// the service (the ingestion worker) join the same process through <see cref="Services"/> before <see cref="BuildAsync"/>:
/// the store, the event stream and the API services are registered there as singletons for them to use.
/// </summary>
public sealed class GraphServerBuilder
{
    private readonly GraphServerSettings _settings;
    private readonly WebApplicationBuilder _web;

    private GraphServerBuilder(GraphServerSettings settings)
    {
        _settings = settings;
        _web = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production always: the development exception page must never show a stack trace to a client.
            EnvironmentName = Environments.Production,
            ContentRootPath = Directory.GetCurrentDirectory(),
            Args = [],
        });
        if (settings.ConfigFile is { } file) _web.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
        _web.Configuration.AddEnvironmentVariables("GRAPH_");
        _web.Configuration.AddInMemoryCollection(settings.Overrides);
        _web.WebHost.UseUrls(settings.Urls);
        // One line per request is noise at this volume; warnings and the lifetime messages (where it listens) stay.
        _web.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // While any level of this category is on, ASP.NET Core gives every request an Activity and a logging scope,
        // which costs more than the GraphQL document cache saves; it logs only the per-request lines dropped above
        // (a failure to start still surfaces as the exception StartAsync throws).
        _web.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        // Every response would carry "Server: Kestrel": bytes on the wire that tell a client nothing it needs.
        _web.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        _web.Services.AddSingleton(new IngestionEvents());
    }

    public static GraphServerBuilder Create(GraphServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new GraphServerBuilder(settings);
    }

    /// <summary>The process's services: add hosted workers here.</summary>
    public IServiceCollection Services => _web.Services;

    public ConfigurationManager Configuration => _web.Configuration;

    /// <summary>Turns article text into facts for the <c>ingestArticle</c> mutation; by default the shipped extraction pipeline.</summary>
    public IArticleIngestor? Ingestor { get; set; }

    /// <summary>Wraps the opened store before anything uses it (instrumentation: counting, tracing); the server still disposes the store it opened.</summary>
    public Func<IGraphStore, IGraphStore>? DecorateStore { get; set; }

    /// <summary>Opens the store and builds the application; the caller starts it and disposes the server.</summary>
    public async Task<GraphServer> BuildAsync(CancellationToken cancellationToken = default)
    {
        var store = await StoreFactory.OpenAsync(_settings.DatabasePath, _settings.Ontology, cancellationToken).ConfigureAwait(false);
        try
        {
            var configuration = _web.Configuration;
            var httpOptions = GraphQLConfiguration.HttpOptions(configuration);
            _web.Services.AddSingleton<IGraphStore>(DecorateStore is null ? store : DecorateStore(store));
            _web.Services.AddSingleton(httpOptions);
            _web.Services.AddSingleton(sp => new GraphApiServices
            {
                Store = sp.GetRequiredService<IGraphStore>(),
                Ontology = _settings.Ontology,
                Events = sp.GetRequiredService<IngestionEvents>(),
                Ingestor = Ingestor ?? sp.GetService<IArticleIngestor>() ?? new PipelineArticleIngestor(_settings.Ontology),
            });
            _web.Services.AddSingleton(sp => new GraphQLEngine(GraphSchema.Build(sp.GetRequiredService<GraphApiServices>()), GraphQLConfiguration.EngineOptions(configuration)));

            var app = _web.Build();
            app.UseWebSockets();
            app.MapGraphQL("/graphql");
            app.MapExplorer("/graphql");
            IngestionHosting.MapEndpoints(app);
            return new GraphServer(app, store, httpOptions);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
