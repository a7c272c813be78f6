using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Http.Auth;
using Graph.GraphQL.Http.GraphiQL;
using Graph.GraphQL.Http.Transport;
using Graph.GraphQL.Http.WebSockets;
using Graph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;

namespace Graph.GraphQL.Http;

/// <summary>
/// One GraphQL endpoint, as the GraphQL-over-HTTP specification says: POST with an application/json body, GET for
/// queries only, Accept negotiation between application/graphql-response+json and application/json with the status
/// codes each asks for, GraphiQL for browsers, and graphql-transport-ws on WebSocket upgrade.
/// </summary>
internal sealed class GraphQLHttpEndpoint
{
    private const string AllowedMethods = "GET, POST";
    private readonly GraphQLEngine _engine;
    private readonly GraphQLHttpOptions _options;
    private readonly ApiKeyAuthorizer _authorizer;
    private readonly OperationKinds _kinds;
    private readonly GraphiQLPage _graphiql;

    public GraphQLHttpEndpoint(GraphQLEngine engine, GraphQLHttpOptions options, string path)
    {
        _engine = engine;
        _options = options;
        _authorizer = new ApiKeyAuthorizer(options);
        _kinds = new OperationKinds(engine);
        _graphiql = new GraphiQLPage(path, options.GraphiQLAssetsPath);
    }

    public GraphiQLPage GraphiQL => _graphiql;

    public async Task HandleAsync(HttpContext context)
    {
        var logger = Logger(context);
        try
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                await GraphQLWebSocketSession.AcceptAsync(context, _engine, _authorizer, _kinds, _options, logger).ConfigureAwait(false);
                return;
            }
            await HandleHttpAsync(context).ConfigureAwait(false);
        }
        catch (RequestError e)
        {
            await ResponseWriter.WriteErrorAsync(context, e.StatusCode, e.Message, Negotiate(context, htmlAllowed: false)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e)
        {
            // Nothing internal reaches the client: the log has the detail, the response a plain sentence.
            logger.LogError(e, "GraphQL request failed");
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await ResponseWriter.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal server error.", code: ErrorCodes.InternalServerError).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleHttpAsync(HttpContext context)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (!isGet && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = AllowedMethods;
            throw new RequestError(StatusCodes.Status405MethodNotAllowed, $"The GraphQL endpoint takes GET and POST, not {context.Request.Method}.");
        }

        var mediaType = Negotiate(context, htmlAllowed: isGet && _options.GraphiQL);
        if (mediaType == ResponseMediaType.Html)
        {
            await _graphiql.WritePageAsync(context).ConfigureAwait(false);
            return;
        }

        var request = isGet ? RequestParameters.FromQueryString(name => context.Request.Query[name].FirstOrDefault()) : await ReadBodyAsync(context).ConfigureAwait(false);
        if (mediaType == ResponseMediaType.None)
        {
            throw new RequestError(StatusCodes.Status406NotAcceptable,
                $"Nothing this endpoint sends is acceptable: ask for {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}.");
        }

        var kind = _kinds.Of(request);
        if (isGet && kind == OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await ResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Mutations are not run over GET: send them with POST.", mediaType).ConfigureAwait(false);
            return;
        }
        if (kind == OperationType.Subscription)
        {
            await WriteRequestErrorAsync(context, mediaType, "Subscriptions are served over WebSocket (graphql-transport-ws) at this path, not over plain HTTP.").ConfigureAwait(false);
            return;
        }

        var access = _authorizer.Check(kind, ApiKeyAuthorizer.KeyOf(context.Request));
        if (access != Access.Allowed)
        {
            var status = access == Access.NoKeysConfigured ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
            await ResponseWriter.WriteErrorAsync(context, status, ApiKeyAuthorizer.Describe(access), mediaType, status == 401 ? "UNAUTHENTICATED" : "FORBIDDEN").ConfigureAwait(false);
            return;
        }

        var result = await _engine.ExecuteAsync(
            request with { Services = context.RequestServices, UserContext = context, OnFieldFailure = FailureReporter(context) },
            context.RequestAborted).ConfigureAwait(false);
        // application/graphql-response+json: a response without data (the request never executed) is a 400;
        // application/json: every GraphQL response is a 200 (the spec's legacy rule).
        var statusCode = mediaType == ResponseMediaType.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await ResponseWriter.WriteResultAsync(context, result, mediaType, statusCode).ConfigureAwait(false);
    }

    private static Task WriteRequestErrorAsync(HttpContext context, ResponseMediaType mediaType, string message) =>
        ResponseWriter.WriteErrorAsync(context, mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
            message, mediaType, ErrorCodes.BadUserInput);

    private static async Task<GraphQLRequest> ReadBodyAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            throw new RequestError(StatusCodes.Status415UnsupportedMediaType, "A POST needs Content-Type: application/json.");
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) ||
            !string.Equals(parsed.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestError(StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{contentType}' is not supported: send application/json.");
        }
        if (parsed.Charset.HasValue && !string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestError(StatusCodes.Status415UnsupportedMediaType, $"Charset '{parsed.Charset.Value}' is not supported: send UTF-8.");
        }

        // The whole body is read from the request pipe, then parsed in one synchronous pass: no stream adapter and
        // no asynchronous parser state per request.
        var reader = context.Request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e)
            {
                // The body ended early or broke HTTP framing: the client's fault (often a client that went away), not the server's.
                context.RequestAborted.ThrowIfCancellationRequested();
                throw new RequestError(e.StatusCode, $"The request body could not be read: {e.Message}");
            }
            if (!read.IsCompleted)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                continue;
            }
            try
            {
                return Parse(read.Buffer);
            }
            finally
            {
                reader.AdvanceTo(read.Buffer.End);
            }
        }
    }

    private static GraphQLRequest Parse(ReadOnlySequence<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new RequestError(body.IsEmpty || e.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal)
                ? "The request body is empty: send a JSON object with a \"query\" string."
                : $"The request body is not valid JSON ({e.Message}).");
        }
        using (document)
        {
            return RequestParameters.FromJson(document.RootElement);
        }
    }

    private static ResponseMediaType Negotiate(HttpContext context, bool htmlAllowed) =>
        MediaTypes.Negotiate(context.Request.Headers.Accept, htmlAllowed);

    private ILogger? _logger;
    private Action<FieldFailure>? _reportFailure;

    private Action<FieldFailure> FailureReporter(HttpContext context) => _reportFailure ??= FieldFailureLog.Reporter(Logger(context));

    /// <summary>The application's logger, created once (every request of an application shares its services' logger factory).</summary>
    private ILogger Logger(HttpContext context) =>
        _logger ??= context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Graph.GraphQL.Http") ?? NullLogger.Instance;
}
