using System.Text.Json;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;
using Graph.GraphQL.Protection;
using Graph.GraphQL.Types;
using Graph.GraphQL.Validation;

// Usage: Graph.GraphQL.Oracle <schema.graphql>
// Reads one JSON request per line on stdin and answers one JSON line on stdout:
//   {"op":"sdl"}                         -> {"sdl": "<our printSchema output>"}
//   {"op":"execute","query":"...","variables":{...},"rootValue":{...},"operationName":"..."} -> the GraphQL response
//   {"op":"validate","query":"..."}      -> {"errors":[{"message","locations"}]} (parse errors included)
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Graph.GraphQL.Oracle <schema.graphql>");
    return 2;
}
var schema = new SchemaBuilder().Scalar(new DateTimeScalar()).Sdl(File.ReadAllText(args[0])).Build();
var engine = new GraphQLEngine(schema, new GraphQLEngineOptions { Protection = ProtectionOptions.None });
var stdout = Console.OpenStandardOutput();
string? line;
while ((line = Console.ReadLine()) is not null)
{
    if (line.Length == 0) continue;
    using var request = JsonDocument.Parse(line);
    var root = request.RootElement;
    var op = root.GetProperty("op").GetString();
    using var buffer = new MemoryStream();
    using (var writer = new Utf8JsonWriter(buffer))
    {
        switch (op)
        {
            case "sdl":
                writer.WriteStartObject();
                writer.WriteString("sdl", SchemaPrinter.Print(schema));
                writer.WriteEndObject();
                break;
            case "execute":
                var variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? JsonInput.ToDictionary(v) : null;
                var rootValue = root.TryGetProperty("rootValue", out var r) && r.ValueKind == JsonValueKind.Object ? JsonInput.ToDictionary(r) : null;
                var operationName = root.TryGetProperty("operationName", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
                var result = await engine.ExecuteAsync(new GraphQLRequest
                {
                    Query = root.GetProperty("query").GetString()!, Variables = variables, RootValue = rootValue, OperationName = operationName,
                });
                ResultJsonWriter.Write(writer, result);
                break;
            case "validate":
                writer.WriteStartObject();
                writer.WritePropertyName("errors");
                writer.WriteStartArray();
                IReadOnlyList<GraphQLError> errors;
                try
                {
                    errors = DocumentValidator.Validate(schema, Parser.Parse(root.GetProperty("query").GetString()!));
                }
                catch (GraphQLSyntaxException ex)
                {
                    errors = [new GraphQLError(ex.Message, [ex.Location])];
                }
                foreach (var error in errors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("message", error.Message);
                    writer.WritePropertyName("locations");
                    writer.WriteStartArray();
                    foreach (var location in error.Locations)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("line", location.Line);
                        writer.WriteNumber("column", location.Column);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                writer.WriteStartObject();
                writer.WriteString("error", $"unknown op {op}");
                writer.WriteEndObject();
                break;
        }
    }
    buffer.WriteByte((byte)'\n');
    stdout.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    stdout.Flush();
}
return 0;
