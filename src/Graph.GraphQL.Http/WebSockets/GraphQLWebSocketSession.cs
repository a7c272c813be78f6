using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Http.Auth;
using Graph.GraphQL.Http.Transport;
using Graph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.GraphQL.Http.WebSockets;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws: connection_init → connection_ack (within the init
/// timeout), then any number of concurrent operations by id (subscribe → next* → complete, or error), ping/pong,
/// and the protocol's close codes for every breach. Queries and mutations sent this way answer once and complete.
/// </summary>
internal sealed class GraphQLWebSocketSession
{
    public const string Protocol = "graphql-transport-ws";
    private const int MaxMessageBytes = 1 << 20;

    private readonly WebSocket _socket;
    private readonly GraphQLEngine _engine;
    private readonly ApiKeyAuthorizer _authorizer;
    private readonly OperationKinds _kinds;
    private readonly HttpContext _http;
    private readonly ILogger _logger;
    private readonly Action<FieldFailure> _reportFailure;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    /// <summary>Cancelled when the session closes: stops every running operation.</summary>
    private readonly CancellationTokenSource _closing;

    /// <summary>Stops reading: when the client is gone, or some seconds after we sent a close frame without an answer.</summary>
    private readonly CancellationTokenSource _reading;
    private int _initReceived;
    private volatile bool _acknowledged;
    private string? _key;

    private GraphQLWebSocketSession(WebSocket socket, GraphQLEngine engine, ApiKeyAuthorizer authorizer, OperationKinds kinds, HttpContext http, ILogger logger)
    {
        _socket = socket;
        _engine = engine;
        _authorizer = authorizer;
        _kinds = kinds;
        _http = http;
        _logger = logger;
        _reportFailure = FieldFailureLog.Reporter(logger);
        _key = ApiKeyAuthorizer.KeyOf(http.Request);
        _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _reading = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    public static async Task AcceptAsync(HttpContext http, GraphQLEngine engine, ApiKeyAuthorizer authorizer, OperationKinds kinds, GraphQLHttpOptions options, ILogger logger)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = offered ? Protocol : null,
            KeepAliveInterval = options.KeepAliveInterval,
        }).ConfigureAwait(false);
        var session = new GraphQLWebSocketSession(socket, engine, authorizer, kinds, http, logger);
        if (!offered)
        {
            await session.CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
            return;
        }
        await session.RunAsync(options.ConnectionInitTimeout).ConfigureAwait(false);
    }

    private async Task RunAsync(TimeSpan initTimeout)
    {
        _ = CloseIfNotInitialisedAsync(initTimeout);
        try
        {
            // After a close frame is sent, reading goes on until the client answers it (the close handshake);
            // returning earlier would reset the connection before the client has read the close code.
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var message = await ReceiveAsync().ConfigureAwait(false);
                if (message is null) break;
                if (!_closing.IsCancellationRequested) await HandleAsync(message).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The peer vanished or the session is closing: nothing more to say.
        }
        finally
        {
            foreach (var operation in _operations.Values) await operation.CancelAsync().ConfigureAwait(false);
            await _closing.CancelAsync().ConfigureAwait(false);
            _reading.Dispose();
        }
    }

    private async Task CloseIfNotInitialisedAsync(TimeSpan timeout)
    {
        try
        {
            await Task.Delay(timeout, _closing.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref _initReceived) == 0) await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
    }

    /// <summary>One whole text message; null when the peer closed (or sent something that is not text, which closes the session).</summary>
    private async Task<byte[]?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var received = await _socket.ReceiveAsync(memory, _reading.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseQuietlyAsync(WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
                return null;
            }
            buffer.Advance(received.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                await CloseAsync(CloseCodes.BadRequest, "Message too large").ConfigureAwait(false);
                return null;
            }
            if (received.EndOfMessage)
            {
                if (received.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Binary messages are not part of graphql-transport-ws").ConfigureAwait(false);
                    return null;
                }
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    private async Task HandleAsync(byte[] message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: not JSON").ConfigureAwait(false);
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received: no \"type\"").ConfigureAwait(false);
                return;
            }
            switch (typeElement.GetString())
            {
                case "connection_init":
                    await InitialiseAsync(root).ConfigureAwait(false);
                    break;
                case "ping":
                    await SendAsync(w => w.WriteString("type", "pong")).ConfigureAwait(false);
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(root).ConfigureAwait(false);
                    break;
                case "complete":
                    if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String &&
                        _operations.TryRemove(id.GetString()!, out var running))
                    {
                        await running.CancelAsync().ConfigureAwait(false);
                    }
                    break;
                default:
                    await CloseAsync(CloseCodes.BadRequest, $"Invalid message received: unknown type \"{typeElement.GetString()}\"").ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }
        if (message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object && KeyIn(payload) is { } key)
        {
            _key = key;
        }
        // Where every operation needs a key, a connection without a valid one is refused at once.
        if (_authorizer.QueriesNeedKey && (_key is null || !_authorizer.IsKnown(_key)))
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }
        _acknowledged = true;
        await SendAsync(w => w.WriteString("type", "connection_ack")).ConfigureAwait(false);
    }

    /// <summary>A key in connection_init's payload: apiKey, X-Api-Key, or Authorization: Bearer (browsers cannot set WebSocket headers).</summary>
    private static string? KeyIn(JsonElement payload)
    {
        foreach (var property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String) continue;
            var value = property.Value.GetString()!;
            if (property.Name.Equals("apiKey", StringComparison.OrdinalIgnoreCase) || property.Name.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase)) return value;
            if (property.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return value[7..].Trim();
        }
        return null;
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }
        if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } id)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: subscribe needs an \"id\" string").ConfigureAwait(false);
            return;
        }
        GraphQLRequest request;
        try
        {
            request = message.TryGetProperty("payload", out var payload)
                ? RequestParameters.FromJson(payload)
                : throw new RequestError("subscribe needs a \"payload\"");
        }
        catch (RequestError e)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: " + Shorten(e.Message)).ConfigureAwait(false);
            return;
        }
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {Shorten(id)} already exists").ConfigureAwait(false);
            return;
        }
        _ = RunOperationAsync(id, request with { Services = _http.RequestServices, UserContext = _http, OnFieldFailure = _reportFailure }, cancellation);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            var kind = _kinds.Of(request);
            var access = _authorizer.Check(kind, _key);
            if (access != Access.Allowed)
            {
                await SendErrorsAsync(id, [new GraphQLError(ApiKeyAuthorizer.Describe(access), null, null, "FORBIDDEN")]).ConfigureAwait(false);
                return;
            }
            if (kind == OperationType.Subscription)
            {
                var subscription = await _engine.SubscribeAsync(request, token).ConfigureAwait(false);
                if (subscription.Stream is null)
                {
                    await SendErrorsAsync(id, subscription.Error!.Errors).ConfigureAwait(false);
                    return;
                }
                await foreach (var result in subscription.Stream.WithCancellation(token).ConfigureAwait(false))
                {
                    await SendNextAsync(id, result).ConfigureAwait(false);
                }
            }
            else
            {
                var result = await _engine.ExecuteAsync(request, token).ConfigureAwait(false);
                if (!result.HasData)
                {
                    await SendErrorsAsync(id, result.Errors).ConfigureAwait(false);
                    return;
                }
                await SendNextAsync(id, result).ConfigureAwait(false);
            }
            if (!token.IsCancellationRequested) await SendAsync(w => { w.WriteString("id", id); w.WriteString("type", "complete"); }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed: the protocol wants no further message for it.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "GraphQL WebSocket operation {Id} failed", id);
            await SendErrorsAsync(id, [new GraphQLError("Internal server error.", null, null, ErrorCodes.InternalServerError)]).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "next");
        w.WritePropertyName("payload");
        ResultJsonWriter.Write(w, result);
    });

    /// <summary>An "error" message: the operation did not run; its payload is the list of GraphQL errors.</summary>
    private Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors)
    {
        // The engine writes errors only inside a whole response; take its "errors" array from there.
        var json = ExecutionResult.RequestError(errors).ToJson();
        using var document = JsonDocument.Parse(json);
        var array = document.RootElement.GetProperty("errors").GetRawText();
        return SendAsync(w =>
        {
            w.WriteString("id", id);
            w.WriteString("type", "error");
            w.WritePropertyName("payload");
            w.WriteRawValue(array, skipInputValidation: true);
        });
    }

    private async Task SendAsync(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ResponseWriter.JsonOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        if (_closing.IsCancellationRequested) return;
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, _closing.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // Closing: the message is no longer wanted.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _closing.CancelAsync().ConfigureAwait(false);
        await CloseQuietlyAsync((WebSocketCloseStatus)code, reason).ConfigureAwait(false);
        try
        {
            _reading.CancelAfter(TimeSpan.FromSeconds(5));
        }
        catch (ObjectDisposedException)
        {
            // The session already ended.
        }
    }

    private async Task CloseQuietlyAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            // One frame at a time on the wire: a close frame waits for a message being sent.
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
    }

    /// <summary>Close reasons must fit in 123 bytes.</summary>
    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80];
}
