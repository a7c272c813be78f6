using System.Collections.Concurrent;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Protection;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Execution;

internal sealed record User(string Id, string Name, IReadOnlyList<string> FriendIds);

internal sealed record Box(string Id, int Size);

internal sealed record Ball(string Id, string Colour);

/// <summary>A small code-first schema with real resolvers, used by the execution tests.</summary>
internal sealed class TestApi
{
    public static readonly Dictionary<string, User> Users = new()
    {
        ["1"] = new User("1", "Ada", ["2", "3"]),
        ["2"] = new User("2", "Grace", ["1"]),
        ["3"] = new User("3", "Alan", []),
    };

    public ConcurrentQueue<string> Log { get; } = new();

    public int Counter;

    private int _barrierArrivals;
    private readonly TaskCompletionSource _bothArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Schema Schema { get; }

    public TestApi()
    {
        Schema = new SchemaBuilder()
            .Scalar(new DateTimeScalar())
            .Enum("Color", e => e.Value("RED").Value("GREEN", 2, "The colour of grass.").Value("BLUE", deprecationReason: "Too cold."))
            .InputObject("EchoInput", i => i
                .Field("a", "Int!")
                .Field("b", "String", f => f.Default("x"))
                .Field("c", "[Color!]"))
            .Interface("Thing", t => t.Field("id", "ID!"))
            .Object("Box", t => t.Implements("Thing").IsTypeOf<Box>()
                .Field("id", "ID!", c => c.Parent<Box>().Id)
                .Field("size", "Int!", c => c.Parent<Box>().Size))
            .Object("Ball", t => t.Implements("Thing").IsTypeOf<Ball>()
                .Field("id", "ID!", c => c.Parent<Ball>().Id)
                .Field("colour", "String", c => c.Parent<Ball>().Colour))
            .Union("Item", u => u.Members("Box", "Ball").ResolveType(v => v is Box ? "Box" : "Ball"))
            .Object("User", t => t
                .Field("id", "ID!", c => c.Parent<User>().Id)
                .Field("name", "String!", c => c.Parent<User>().Name)
                .Field("friends", "[User!]", c => c.Parent<User>().FriendIds.Select(id => Users[id]).ToList())
                .Field("brokenName", "String!", _ => null)
                .Field("failingFriend", "User!", _ => throw new InvalidOperationException("secret stack detail")))
            .Object("Query", q => q
                .Field("hello", "String!", f => f.Argument("name", "String", a => a.Default("world")).Resolve(c => $"Hello, {c.Argument<string>("name")}!"))
                .Field("number", "Int", _ => 42)
                .Field("failing", "String", _ => throw new InvalidOperationException("secret internal detail"))
                .Field("failingNonNull", "String!", _ => throw new InvalidOperationException("boom"))
                .Field("userError", "String", _ => throw new GraphQLException("You may not.", "FORBIDDEN"))
                .Field("user", "User", f => f.Argument("id", "ID!").Resolve(c => Users.GetValueOrDefault(c.Argument<string>("id"))))
                .Field("users", "[User!]!", _ => Users.Values.ToList())
                .Field("usersWithHole", "[User!]", _ => new User?[] { Users["1"], null })
                .Field("nullableUsersWithHole", "[User]", _ => new User?[] { Users["1"], null })
                .Field("things", "[Thing]", _ => new object[] { new Box("b1", 3), new Ball("c1", "red") })
                .Field("items", "[Item!]!", _ => new object[] { new Ball("c2", "blue"), new Box("b2", 9) })
                .Field("echo", "String", f => f
                    .Argument("input", "EchoInput")
                    .Argument("list", "[Int]")
                    .Argument("color", "Color", a => a.Default(2))
                    .Argument("when", "DateTime")
                    .Resolve(c => Inspect.Value(c.Arguments.ToDictionary(k => k.Key, k => k.Value is DateTimeOffset d ? d.ToString("O") : k.Value))))
                .Field("color", "Color", f => f.Argument("value", "Int!").Resolve(c => c.Argument<int>("value")))
                .Field("now", "DateTime!", _ => new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.FromHours(2)))
                .Field("slow", "String", f => f.Argument("ms", "Int!").Resolve(async c =>
                {
                    await Task.Delay(c.Argument<int>("ms"), c.CancellationToken);
                    return (object?)"done";
                }))
                .Field("barrierA", "String", f => f.Resolve(c => Barrier()))
                .Field("barrierB", "String", f => f.Resolve(c => Barrier()))
                .Field("page", "[Int!]!", f => f.Argument("first", "Int").Resolve(c => Enumerable.Range(1, PageSize.Resolve(c, 5, 10)).ToList())))
            .Object("Mutation", m => m
                .Field("increment", "Int!", f => f.Argument("by", "Int", a => a.Default(1)).Resolve(c => Interlocked.Add(ref Counter, c.Argument<int>("by"))))
                .Field("append", "[String!]!", f => f.Argument("text", "String!").Argument("delayMs", "Int", a => a.Default(0)).Resolve(async c =>
                {
                    await Task.Delay(c.Argument<int>("delayMs"));
                    Log.Enqueue(c.Argument<string>("text"));
                    return (object?)Log.ToArray();
                })))
            .Object("Subscription", s => s
                .Field("ticks", "Int", f => f.Argument("count", "Int!").Subscribe(c => new ValueTask<IAsyncEnumerable<object?>>(Ticks(c.Argument<int>("count")))))
                .Field("tickObjects", "User", f => f.Subscribe(_ => new ValueTask<IAsyncEnumerable<object?>>(UserStream()))))
            .Build();
    }

    private async ValueTask<object?> Barrier()
    {
        if (Interlocked.Increment(ref _barrierArrivals) == 2) _bothArrived.TrySetResult();
        // Completes only if the other field started while this one waits: i.e. siblings run concurrently.
        await _bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
        return "met";
    }

    private static async IAsyncEnumerable<object?> Ticks(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> UserStream()
    {
        foreach (var user in Users.Values)
        {
            await Task.Yield();
            yield return user;
        }
    }

    public async Task<string> Run(string query, string? variables = null, string? operationName = null, ProtectionOptions? protection = null)
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { Protection = protection ?? ProtectionOptions.None });
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = JsonInput.ParseObject(variables), OperationName = operationName });
        return result.ToJson();
    }
}
