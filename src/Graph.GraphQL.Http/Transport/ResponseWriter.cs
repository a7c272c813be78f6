using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Graph.GraphQL.Http.Transport;

/// <summary>Writes GraphQL responses and request-level errors to an HTTP response, always as UTF-8 JSON.</summary>
internal static class ResponseWriter
{
    /// <summary>
    /// Non-ASCII text and quotes written as they are (not \u-escaped): the body is JSON served as JSON, never inlined into HTML.
    /// </summary>
    public static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static async Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = MediaTypes.ContentType(mediaType);
        // The body pipe is a buffer writer: the JSON goes straight into it, and one asynchronous flush sends it.
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, JsonOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>A refusal before anything ran, shaped as a GraphQL response with one error and no data.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, ResponseMediaType mediaType = ResponseMediaType.Json, string? code = null) =>
        WriteResultAsync(context, ExecutionResult.RequestError(new GraphQLError(message, null, null, code)),
            mediaType == ResponseMediaType.GraphQLResponseJson ? mediaType : ResponseMediaType.Json, statusCode);
}
