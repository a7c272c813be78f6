using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Ingestion.Configuration;

namespace Graph.Ingestion.Queue;

/// <summary>
/// The sources added at run time (<c>POST /sources</c>), kept in the queue file beside the item states they produce,
/// so that a restart reads them again: an analyst who adds a feed does not lose it to a deployment.
/// </summary>
public sealed partial class Outbox
{
    private static readonly JsonSerializerOptions DefinitionJson = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Records a source added at run time. False when a source of that name (any case) is already recorded.</summary>
    public bool SaveRuntimeSource(SourceOptions source) => InTransaction(tx =>
        Command(tx, "INSERT INTO runtime_source (name, definition, added_at) VALUES ($p0, $p1, $p2) ON CONFLICT (name) DO NOTHING",
            source.Name, JsonSerializer.Serialize(source, DefinitionJson), Now()).ExecuteNonQuery() == 1);

    /// <summary>Forgets a source added at run time. False when none of that name was recorded.</summary>
    public bool RemoveRuntimeSource(string name) => InTransaction(tx =>
        Command(tx, "DELETE FROM runtime_source WHERE name = $p0", name).ExecuteNonQuery() == 1);

    /// <summary>The sources added at run time, oldest first.</summary>
    /// <exception cref="IOException">A recorded definition no longer reads as a source (the file was edited by hand or by a newer program).</exception>
    public IReadOnlyList<SourceOptions> RuntimeSources() => Read<IReadOnlyList<SourceOptions>>(() =>
    {
        using var command = Command(null, "SELECT name, definition FROM runtime_source ORDER BY added_at, name");
        using var reader = command.ExecuteReader();
        var sources = new List<SourceOptions>();
        while (reader.Read())
        {
            try
            {
                sources.Add(JsonSerializer.Deserialize<SourceOptions>(reader.GetString(1), DefinitionJson)
                    ?? throw new JsonException("the definition is null"));
            }
            catch (JsonException e)
            {
                throw new IOException($"the queue file '{Path}' holds a run-time source '{reader.GetString(0)}' that cannot be read: {e.Message}", e);
            }
        }

        return sources;
    });
}
