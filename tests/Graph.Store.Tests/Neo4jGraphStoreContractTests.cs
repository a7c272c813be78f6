using Graph.Store.Neo4j;
using Graph.Store.Tests.Contract;
using Xunit.Abstractions;
using Xunit.Sdk;

// Lets the Neo4j run of the contract report every test as skipped (with the reason) when no server is configured:
// xunit 2 has no runtime skip, so discovery marks this class's test cases skipped. Every other test is discovered as usual.
[assembly: TestFramework("Graph.Store.Tests.Neo4jContractTestFramework", "Graph.Store.Tests")]

namespace Graph.Store.Tests;

/// <summary>
/// The store contract against a live Neo4j, when <c>NEO4J_URI</c> (with <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>) is set;
/// otherwise every test reports skipped with the reason "NEO4J_URI not set". Each store gets a database of its own,
/// created through the system database and dropped afterwards, so the server must allow several databases
/// (Neo4j Enterprise, or an Aura tier that does); <c>NEO4J_DATABASE</c> is not touched.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    public const string SkipReason = "NEO4J_URI not set";

    private readonly Neo4jOptions server = Neo4jOptions.FromEnvironment();
    private readonly Dictionary<IGraphStore, string> databases = [];

    /// <summary>Whether a live server is configured (read when tests are discovered).</summary>
    public static bool Configured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable));

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var name = "graphtest-" + Guid.NewGuid().ToString("N")[..12];
        await Neo4jDatabases.CreateAsync(server, name);
        var store = await Neo4jGraphStore.OpenAsync(server with { Database = name });
        databases[store] = name;
        return store;
    }

    protected override async Task<IGraphStore> OpenFailingHandleAsync(IGraphStore store, int articlesWritten)
    {
        var written = 0;
        return await Neo4jGraphStore.OpenAsync(
            server with { Database = databases[store] },
            faultInjectionAfterArticleWritten: id =>
            {
                if (++written >= articlesWritten)
                {
                    throw new InjectedFaultException(id);
                }
            });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var name in databases.Values)
        {
            await Neo4jDatabases.DropAsync(server, name);
        }
    }
}

/// <summary>xunit's own framework, except that without <c>NEO4J_URI</c> the Neo4j contract tests are discovered as skipped.</summary>
public sealed class Neo4jContractTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var isNeo4jContract = testMethod.TestClass.Class.Name == typeof(Neo4jGraphStoreContractTests).FullName;
            var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
            if (!isNeo4jContract || !isTest || Neo4jGraphStoreContractTests.Configured)
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}

/// <summary>A test case that is skipped with <see cref="Neo4jGraphStoreContractTests.SkipReason"/>.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, options, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => Neo4jGraphStoreContractTests.SkipReason;
}
