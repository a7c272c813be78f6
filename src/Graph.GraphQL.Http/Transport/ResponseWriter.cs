using System.Buffers;
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

    public static Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = MediaTypes.ContentType(mediaType);
        // The JSON is written to a reused buffer first, so the response carries a Content-Length: headers and body then
        // leave in one send, without chunked framing and its closing chunk.
        var buffer = TakeBuffer();
        try
        {
            buffer.Writer.Reset(buffer.Bytes);
            ResultJsonWriter.Write(buffer.Writer, result);
            buffer.Writer.Flush();
            context.Response.ContentLength = buffer.Bytes.WrittenCount;
            // Copied into the response pipe here, before anything awaits, so the buffer is free again at once.
            context.Response.BodyWriter.Write(buffer.Bytes.WrittenSpan);
        }
        finally
        {
            ReturnBuffer(buffer);
        }
        var flush = context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }

    /// <summary>A response buffer and its JSON writer, one per thread, reused across requests.</summary>
    private sealed class ResponseBuffer
    {
        public ArrayBufferWriter<byte> Bytes { get; } = new(4096);

        public Utf8JsonWriter Writer { get; }

        public ResponseBuffer() => Writer = new Utf8JsonWriter(Bytes, JsonOptions);
    }

    /// <summary>Beyond this size a buffer is not kept: one huge response must not pin its memory forever.</summary>
    private const int MaxKeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ResponseBuffer? s_buffer;

    private static ResponseBuffer TakeBuffer()
    {
        var buffer = s_buffer ?? new ResponseBuffer();
        s_buffer = null;
        buffer.Bytes.ResetWrittenCount();
        return buffer;
    }

    private static void ReturnBuffer(ResponseBuffer buffer)
    {
        if (buffer.Bytes.Capacity <= MaxKeptBufferBytes) s_buffer = buffer;
    }

    /// <summary>A refusal before anything ran, shaped as a GraphQL response with one error and no data.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, ResponseMediaType mediaType = ResponseMediaType.Json, string? code = null) =>
        WriteResultAsync(context, ExecutionResult.RequestError(new GraphQLError(message, null, null, code)),
            mediaType == ResponseMediaType.GraphQLResponseJson ? mediaType : ResponseMediaType.Json, statusCode);
}
