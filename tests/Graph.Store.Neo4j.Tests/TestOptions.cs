namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Options for tests: the test double's address, a recognisable password, short delays so retries run fast, and an
/// attempt timeout far above any stall of a loaded machine: a test that is not about timeouts must not see one (a
/// timed-out attempt is retried and takes the next scripted answer). Timeout tests set their own.
/// </summary>
internal static class TestOptions
{
    public const string User = "neo4j";
    public const string Password = "S3cret-Passw0rd!";

    public static Neo4jOptions For(Uri baseUri, int maxRetries = 3) => new()
    {
        BaseUri = baseUri,
        User = User,
        Password = Password,
        Database = "neo4j",
        AttemptTimeout = TimeSpan.FromSeconds(30),
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        BreakerMinimumThroughput = 100,
        BreakerSamplingDuration = TimeSpan.FromSeconds(30),
        BreakerBreakDuration = TimeSpan.FromSeconds(5),
    };

    /// <summary>The password in every form it could leak in: as typed, and inside the basic-auth header.</summary>
    public static IEnumerable<string> SecretForms() =>
    [
        Password,
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}")),
    ];
}
