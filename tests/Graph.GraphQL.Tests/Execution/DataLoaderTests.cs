using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private sealed record Person(int Id);

    /// <summary>A store double that counts its batch reads (it stands for a database the loaders must spare).</summary>
    private sealed class CountingStore(bool asynchronous)
    {
        public int FriendBatches;
        public int NameBatches;
        public List<int> LastFriendKeys = [];

        public async ValueTask<IReadOnlyDictionary<int, int[]>> Friends(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref FriendBatches);
            LastFriendKeys = [.. ids];
            if (asynchronous) await Task.Delay(5, cancellationToken);
            return ids.ToDictionary(id => id, id => new[] { id + 1000, id + 2000 });
        }

        public async ValueTask<IReadOnlyDictionary<int, string>> Names(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref NameBatches);
            if (asynchronous) await Task.Yield();
            return ids.Where(id => id != 7).ToDictionary(id => id, id => $"person {id}");
        }
    }

    private static Schema BuildSchema(CountingStore store) => new SchemaBuilder()
        .Object("Person", t => t
            .Field("id", "Int!", c => c.Parent<Person>().Id)
            .Field("name", "String", f => f.Resolve(async c =>
                (object?)await c.Loaders.GetOrAdd<int, string>("names", store.Names).LoadAsync(c.Parent<Person>().Id)))
            .Field("friends", "[Person!]!", f => f.Resolve(async c =>
            {
                var ids = await c.Loaders.GetOrAdd<int, int[]>("friends", store.Friends).LoadAsync(c.Parent<Person>().Id);
                return (object?)ids!.Select(id => new Person(id)).ToList();
            })))
        .Object("Query", q => q
            .Field("people", "[Person!]!", f => f.Argument("first", "Int!").Resolve(c => Enumerable.Range(1, c.Argument<int>("first")).Select(i => new Person(i)).ToList())))
        .Build();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_page_of_fifty_costs_one_batch_per_level(bool asynchronous)
    {
        var store = new CountingStore(asynchronous);
        var engine = new GraphQLEngine(BuildSchema(store));
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ people(first: 50) { id name friends { id name } } }" });

        result.Errors.Should().BeEmpty();
        var people = (object?[])result.Data!["people"]!;
        people.Should().HaveCount(50);
        var first = (ResultMap)people[0]!;
        first["name"].Should().Be("person 1");
        ((object?[])first["friends"]!).Cast<ResultMap>().Select(f => f["name"]).Should().Equal("person 1001", "person 2001");

        store.FriendBatches.Should().Be(1);
        store.LastFriendKeys.Should().HaveCount(50);
        // One batch for the people's names, one for their friends' names.
        store.NameBatches.Should().Be(2);
    }

    [Fact]
    public async Task Primed_keys_are_served_from_the_cache_without_a_batch()
    {
        var store = new CountingStore(asynchronous: false);
        var schema = new SchemaBuilder()
            .Object("Person", t => t
                .Field("name", "String", f => f.Resolve(async c =>
                    (object?)await c.Loaders.GetOrAdd<int, string>("names", store.Names).LoadAsync(c.Parent<Person>().Id))))
            .Object("Query", q => q.Field("people", "[Person!]!", c =>
            {
                // As a walk that read whole records would: their values are at hand already.
                var names = c.Loaders.GetOrAdd<int, string>("names", store.Names);
                names.Prime(1, "already known");
                names.Prime(2, "also known");
                return new List<Person> { new(1), new(2) };
            }))
            .Build();

        var result = await new GraphQLEngine(schema).ExecuteAsync(new GraphQLRequest { Query = "{ people { name } }" });

        result.Errors.Should().BeEmpty();
        ((object?[])result.Data!["people"]!).Cast<ResultMap>().Select(p => p["name"]).Should().Equal("already known", "also known");
        store.NameBatches.Should().Be(0);
    }

    [Fact]
    public async Task Keys_asked_twice_are_loaded_once_and_missing_keys_are_null()
    {
        var store = new CountingStore(asynchronous: true);
        var engine = new GraphQLEngine(BuildSchema(store));
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ a: people(first: 8) { name } b: people(first: 3) { name } }" });

        store.NameBatches.Should().Be(1);
        ((ResultMap)((object?[])result.Data!["a"]!)[6]!)["name"].Should().BeNull();
        ((ResultMap)((object?[])result.Data!["b"]!)[2]!)["name"].Should().Be("person 3");
    }

    [Fact]
    public async Task Loaders_are_per_request()
    {
        var store = new CountingStore(asynchronous: false);
        var engine = new GraphQLEngine(BuildSchema(store));
        await engine.ExecuteAsync(new GraphQLRequest { Query = "{ people(first: 2) { name } }" });
        await engine.ExecuteAsync(new GraphQLRequest { Query = "{ people(first: 2) { name } }" });
        store.NameBatches.Should().Be(2);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_field_that_waited_for_it()
    {
        var schema = new SchemaBuilder()
            .Object("Query", q => q.Field("values", "[String]", _ => new[] { 1, 2 }.Select(i => (object)i).ToList()))
            .Object("Query", q => q.Field("loaded", "[String]", f => f.Resolve(async c =>
            {
                var loader = c.Loaders.GetOrAdd<int, string>("broken", (_, _) => throw new InvalidOperationException("store down"));
                var values = await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2));
                return (object?)values;
            })))
            .Build();
        var result = await new GraphQLEngine(schema).ExecuteAsync(new GraphQLRequest { Query = "{ loaded }" });
        result.Errors.Should().ContainSingle().Which.Path.Should().Equal("loaded");
        result.Data!["loaded"].Should().BeNull();
    }

    [Fact]
    public async Task With_a_synchronous_store_a_key_asked_by_many_fields_completes_on_the_callers_thread()
    {
        // Every person asks for the name of key 1: .NET runs only the first of several awaits on one task inline and
        // posts the rest to the thread pool, so a shared task per key made such requests hop threads and wait.
        var names = 0;
        var schema = new SchemaBuilder()
            .Object("Person", t => t
                .Field("name", "String", f => f.Resolve(async c =>
                    (object?)await c.Loaders.GetOrAdd<int, string>("names", (ids, _) =>
                    {
                        names++;
                        return new ValueTask<IReadOnlyDictionary<int, string>>(ids.ToDictionary(id => id, id => $"person {id}"));
                    }).LoadAsync(1)))
                .Field("nameAgain", "String", f => f.Resolve(new FieldResolver(c => c.Loaders.GetOrAdd<int, string>("names", (_, _) => throw new InvalidOperationException("cached"))
                    .LoadObjectAsync(1)))))
            .Object("Query", q => q.Field("people", "[Person!]!", _ => Enumerable.Range(1, 20).Select(i => new Person(i)).ToList()))
            .Build();

        var execution = new GraphQLEngine(schema).ExecuteAsync(new GraphQLRequest { Query = "{ people { name nameAgain } }" });

        execution.IsCompletedSuccessfully.Should().BeTrue("no continuation may be left to another thread");
        var result = await execution;
        result.Errors.Should().BeEmpty();
        ((object?[])result.Data!["people"]!).Cast<ResultMap>().Should().OnlyContain(p => (string?)p["name"] == "person 1" && (string?)p["nameAgain"] == "person 1");
        names.Should().Be(1);
    }
}
