using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Graph.Ingestion.Configuration;

/// <summary>
/// Reads and validates the <c>Ingestion</c> section (appsettings.json, <c>GRAPH_Ingestion__…</c> environment variables,
/// --config). Read by hand rather than bound, so every mistake is reported with its full key and what was expected.
/// Durations are given in seconds (<c>FetchTimeoutSeconds</c>, …).
/// </summary>
public static class IngestionConfiguration
{
    public const string Section = "Ingestion";

    /// <exception cref="IngestionConfigurationException">A setting is missing, malformed or out of range.</exception>
    public static IngestionOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var defaults = new IngestionOptions();
        var options = new IngestionOptions
        {
            Enabled = Bool(section, "Enabled", defaults.Enabled),
            QueuePath = section["QueuePath"] is { Length: > 0 } queue ? queue : null,
            ChannelCapacity = Int(section, "ChannelCapacity", defaults.ChannelCapacity, 1, 100_000),
            ExtractionWorkers = Int(section, "ExtractionWorkers", defaults.ExtractionWorkers, 0, 1_024),
            WriteBatchSize = Int(section, "WriteBatchSize", defaults.WriteBatchSize, 1, 10_000),
            MaxAttempts = Int(section, "MaxAttempts", defaults.MaxAttempts, 1, 1_000),
            RetryBaseDelay = Seconds(section, "RetryBaseDelaySeconds", defaults.RetryBaseDelay),
            MaxArticleBytes = Long(section, "MaxArticleBytes", defaults.MaxArticleBytes, 1_024, 1L << 34),
            FetchTimeout = Seconds(section, "FetchTimeoutSeconds", defaults.FetchTimeout),
            FetchRetries = Int(section, "FetchRetries", defaults.FetchRetries, 0, 20),
            MaxRedirects = Int(section, "MaxRedirects", defaults.MaxRedirects, 0, 50),
            UserAgent = section["UserAgent"] is { Length: > 0 } agent ? agent : defaults.UserAgent,
            MaxFeedItems = Int(section, "MaxFeedItems", defaults.MaxFeedItems, 1, 1_000_000),
            FullTextMinChars = Int(section, "FullTextMinChars", defaults.FullTextMinChars, 0, 1_000_000),
            RescanInterval = Seconds(section, "RescanIntervalSeconds", defaults.RescanInterval),
            RuntimeSourceSync = Seconds(section, "RuntimeSourceSyncSeconds", defaults.RuntimeSourceSync),
            StoreTimeout = Seconds(section, "StoreTimeoutSeconds", defaults.StoreTimeout),
            StoreBreakDuration = Seconds(section, "StoreBreakSeconds", defaults.StoreBreakDuration),
            KeepDone = Seconds(section, "KeepDoneSeconds", defaults.KeepDone),
            Sources = Sources(section.GetSection("Sources")),
        };
        return options;
    }

    /// <summary>Checks one source (from configuration or added at run time); <paramref name="key"/> names it in errors.</summary>
    public static SourceOptions Validate(SourceOptions source, string key)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(source.Name) || !source.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new IngestionConfigurationException($"{key}:Name", $"'{source.Name}' is not a valid source name (letters, digits, '-', '_', '.')");
        }

        if (string.IsNullOrWhiteSpace(source.Location))
        {
            throw new IngestionConfigurationException($"{key}:{LocationKey(source.Kind)}", "is not set");
        }

        if (source.Kind != SourceKind.Folder
            && (!Uri.TryCreate(source.Location, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new IngestionConfigurationException($"{key}:Url", $"'{source.Location}' is not an absolute http or https URL");
        }

        if (source.Schedule is { } cron && Scheduling.CronSchedule.TryParse(cron, out var error) is null)
        {
            throw new IngestionConfigurationException($"{key}:Schedule", $"'{cron}' is not a valid Quartz cron expression ({error}; expected seconds minutes hours day-of-month month day-of-week, e.g. '0 */15 * * * ?')");
        }

        return source;
    }

    private static List<SourceOptions> Sources(IConfigurationSection sources)
    {
        var list = new List<SourceOptions>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in sources.GetChildren())
        {
            var key = $"{Section}:Sources:{child.Key}";
            var kindText = child["Kind"];
            if (string.IsNullOrWhiteSpace(kindText))
            {
                throw new IngestionConfigurationException($"{key}:Kind", "is not set (Folder, Url or Feed)");
            }

            if (!Enum.TryParse<SourceKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw new IngestionConfigurationException($"{key}:Kind", $"'{kindText}' is not a source kind (Folder, Url or Feed)");
            }

            var source = Validate(new SourceOptions
            {
                Name = child["Name"] ?? "",
                Kind = kind,
                Location = child[LocationKey(kind)] ?? "",
                Schedule = child["Schedule"] is { Length: > 0 } schedule ? schedule : null,
                RetractMissing = Bool(child, "RetractMissing", kind == SourceKind.Folder),
                Watch = Bool(child, "Watch", true),
            }, key);
            if (!names.Add(source.Name))
            {
                throw new IngestionConfigurationException($"{key}:Name", $"'{source.Name}' names two sources");
            }

            list.Add(source);
        }

        return list;
    }

    private static string LocationKey(SourceKind kind) => kind == SourceKind.Folder ? "Path" : "Url";

    private static bool Bool(IConfiguration section, string name, bool fallback)
    {
        var raw = section[name];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        return bool.TryParse(raw, out var value)
            ? value
            : throw new IngestionConfigurationException(Key(section, name), $"'{raw}' is not true or false");
    }

    private static int Int(IConfiguration section, string name, int fallback, int min, int max) =>
        (int)Long(section, name, fallback, min, max);

    private static long Long(IConfiguration section, string name, long fallback, long min, long max)
    {
        var raw = section[name];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (!long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new IngestionConfigurationException(Key(section, name), $"'{raw}' is not a whole number");
        }

        return value < min || value > max
            ? throw new IngestionConfigurationException(Key(section, name), $"is {value}; expected {min} to {max}")
            : value;
    }

    private static TimeSpan Seconds(IConfiguration section, string name, TimeSpan fallback)
    {
        var raw = section[name];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new IngestionConfigurationException(Key(section, name), $"'{raw}' is not a number of seconds");
        }

        return value <= 0 || value > TimeSpan.FromDays(3650).TotalSeconds
            ? throw new IngestionConfigurationException(Key(section, name), $"is {raw}; expected a positive number of seconds")
            : TimeSpan.FromSeconds(value);
    }

    private static string Key(IConfiguration section, string name) =>
        section is IConfigurationSection s ? $"{s.Path}:{name}" : name;
}
