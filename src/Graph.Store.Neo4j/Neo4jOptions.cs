namespace Graph.Store.Neo4j;

/// <summary>
/// Where the Neo4j server is and how to talk to it. <see cref="FromEnvironment"/> reads
/// <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c>.
/// The password never appears in <see cref="ToString"/> or in any error message.
/// </summary>
public sealed record Neo4jOptions
{
    public const string UriVariable = "NEO4J_URI";
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>The HTTP(S) address of the server, e.g. <c>http://localhost:7474</c>; no path, no credentials.</summary>
    public required Uri BaseUri { get; init; }

    public required string User { get; init; }

    public required string Password { get; init; }

    public string Database { get; init; } = "neo4j";

    /// <summary>How long one HTTP attempt may take before it counts as a (transient) timeout.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for transient failures.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry waits about this long; each later one about twice as long, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The share of failed attempts (within <see cref="BreakerSamplingDuration"/>) that opens the circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>At least this many attempts in the sampling window before the breaker may open.</summary>
    public int BreakerMinimumThroughput { get; init; } = 8;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before it lets one through to probe.</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Reads the settings from environment variables; a missing or bad one is a <see cref="Neo4jConfigurationException"/> naming it.</summary>
    public static Neo4jOptions FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>Reads the settings through <paramref name="lookup"/> (the environment, or a test's dictionary).</summary>
    public static Neo4jOptions FromVariables(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var rawUri = lookup(UriVariable);
        if (string.IsNullOrWhiteSpace(rawUri))
        {
            throw new Neo4jConfigurationException(UriVariable, "is not set (expected the server's HTTP address, e.g. http://localhost:7474)");
        }

        if (!Uri.TryCreate(rawUri.Trim(), UriKind.Absolute, out var uri))
        {
            throw new Neo4jConfigurationException(UriVariable, "is not an absolute URI (expected e.g. http://localhost:7474)");
        }

        if (uri.Scheme is "bolt" or "neo4j" or "bolt+s" or "neo4j+s" or "neo4j+ssc" or "bolt+ssc")
        {
            throw new Neo4jConfigurationException(UriVariable, $"uses the Bolt scheme '{uri.Scheme}'; Graph speaks Neo4j's HTTP Query API: give the HTTP address (http://host:7474 or https://host)");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new Neo4jConfigurationException(UriVariable, $"has scheme '{uri.Scheme}'; expected http or https");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            // Credentials in the URI would end up in logs and error messages; they belong in NEO4J_USER / NEO4J_PASSWORD.
            throw new Neo4jConfigurationException(UriVariable, $"contains credentials; put them in {UserVariable} and {PasswordVariable} instead");
        }

        var user = lookup(UserVariable);
        if (string.IsNullOrWhiteSpace(user))
        {
            throw new Neo4jConfigurationException(UserVariable, "is not set (the Neo4j user name, e.g. neo4j)");
        }

        var password = lookup(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            throw new Neo4jConfigurationException(PasswordVariable, "is not set");
        }

        var database = lookup(DatabaseVariable);
        database = string.IsNullOrWhiteSpace(database) ? "neo4j" : database.Trim();
        if (!IsDatabaseName(database))
        {
            throw new Neo4jConfigurationException(DatabaseVariable, $"'{database}' is not a valid database name (letters, digits, '.', '-' and '_', starting with a letter)");
        }

        return new Neo4jOptions
        {
            BaseUri = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"),
            User = user.Trim(),
            Password = password,
            Database = database,
        };
    }

    /// <summary>Neo4j database names: ASCII letters, digits, dots, dashes and underscores, starting with a letter.</summary>
    private static bool IsDatabaseName(string name) =>
        name.Length is > 0 and <= 63 && char.IsAsciiLetter(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>Without the password, so the options can be logged.</summary>
    public override string ToString() => $"Neo4j {BaseUri} database '{Database}' as '{User}'";
}
