using Graph.GraphQL.Language;
using Graph.GraphQL.Types;
using Graph.GraphQL.Validation;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>Runs the specified rules over a document and compares messages and locations.</summary>
internal static class ValidationAssert
{
    public static void Valid(string query, Schema? schema = null)
    {
        var errors = DocumentValidator.Validate(schema ?? TestSchemas.Pets, Parser.Parse(query));
        errors.Select(e => e.ToString()).Should().BeEmpty();
    }

    /// <summary>Each expected error: its message and its locations as "line:column" joined by ", ".</summary>
    public static void Errors(string query, params (string Message, string Locations)[] expected) => Errors(TestSchemas.Pets, query, expected);

    public static void Errors(Schema schema, string query, params (string Message, string Locations)[] expected)
    {
        var errors = DocumentValidator.Validate(schema, Parser.Parse(query));
        var actual = errors.Select(e => (e.Message, string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}")))).ToList();
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    /// <summary>Only the messages (when locations are checked elsewhere).</summary>
    public static void Messages(string query, params string[] expected)
    {
        var errors = DocumentValidator.Validate(TestSchemas.Pets, Parser.Parse(query));
        errors.Select(e => e.Message).Should().BeEquivalentTo(expected);
    }
}
