namespace Graph.Api.Tests.Support;

/// <summary>One server over the seed facts, shared by the tests that only read.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    internal TestGraphServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await TestGraphServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SeededServerCollection : ICollectionFixture<SeededServer>
{
    public const string Name = "seeded server";
}
