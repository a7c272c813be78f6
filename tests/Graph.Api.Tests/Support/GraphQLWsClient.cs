using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests.Support;

/// <summary>A plain graphql-transport-ws client over <see cref="ClientWebSocket"/>, for driving the real server in tests.</summary>
internal sealed class GraphQLWsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public static async Task<GraphQLWsClient> ConnectAsync(Uri httpEndpoint, string? subProtocol = "graphql-transport-ws")
    {
        var client = new GraphQLWsClient();
        if (subProtocol is not null) client._socket.Options.AddSubProtocol(subProtocol);
        var uri = new UriBuilder(httpEndpoint) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client._socket.ConnectAsync(uri, timeout.Token);
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next message, or null when the server closed the connection (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
        }
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<int?> ClosedWithAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return (int?)_socket.CloseStatus;
    }

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        var ack = await ReceiveAsync();
        ack!.Value.GetProperty("type").GetString().Should().Be("connection_ack");
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
