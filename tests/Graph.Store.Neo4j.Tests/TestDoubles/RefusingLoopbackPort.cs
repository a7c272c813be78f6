using System.Net;
using System.Net.Sockets;

namespace Graph.Store.Neo4j.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE for a server that is down: a loopback port held by a socket that is bound but never listens, so every
/// connection to it is refused, and for as long as this lives no other socket (a parallel test's listener, an outgoing
/// connection's local port) can take the port and answer in its place.
/// </summary>
public sealed class RefusingLoopbackPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public RefusingLoopbackPort()
    {
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)socket.LocalEndPoint!).Port}/");
    }

    public Uri BaseUri { get; }

    public void Dispose() => socket.Dispose();
}
