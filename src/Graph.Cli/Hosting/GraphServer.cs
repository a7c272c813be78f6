using Graph.GraphQL.Http;
using Graph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Cli.Hosting;

/// <summary>A built <c>graph serve</c> process: start it, read where it listens, stop it, dispose it (which closes the store).</summary>
public sealed class GraphServer : IAsyncDisposable
{
    internal GraphServer(WebApplication app, IGraphStore store, GraphQLHttpOptions httpOptions)
    {
        App = app;
        Store = store;
        HttpOptions = httpOptions;
    }

    public WebApplication App { get; }

    public IGraphStore Store { get; }

    public GraphQLHttpOptions HttpOptions { get; }

    /// <summary>The addresses Kestrel listens on, with real ports (after <see cref="StartAsync"/>).</summary>
    public IReadOnlyList<Uri> Addresses =>
        [.. (App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(a => new Uri(a))];

    /// <summary>The GraphQL endpoint's URL on the first address.</summary>
    public Uri GraphQLEndpoint => new(Addresses[0], "/graphql");

    public Task StartAsync(CancellationToken cancellationToken = default) => App.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => App.StopAsync(cancellationToken);

    /// <summary>Runs until the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => App.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync().ConfigureAwait(false);
        await Store.DisposeAsync().ConfigureAwait(false);
    }
}
