using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Graph.Api.Events;

/// <summary>
/// An in-process broadcast of <see cref="IngestionEvent"/>s: every subscriber gets every event published after it
/// subscribed. A subscriber that falls far behind loses its oldest events rather than slowing the publisher.
/// </summary>
public sealed class IngestionEvents
{
    private const int BufferPerSubscriber = 1_000;
    private readonly Lock _lock = new();
    private readonly List<Channel<IngestionEvent>> _subscribers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_lock) return _subscribers.Count;
        }
    }

    public void Publish(IngestionEvent ingestionEvent)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(ingestionEvent);
        }
    }

    /// <summary>The events published from now until <paramref name="cancellationToken"/> is cancelled.</summary>
    public IAsyncEnumerable<IngestionEvent> Subscribe(CancellationToken cancellationToken = default)
    {
        // Registered here, not when enumeration starts, so nothing published right after subscribing is missed.
        var channel = Channel.CreateBounded<IngestionEvent>(new BoundedChannelOptions(BufferPerSubscriber)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_lock) _subscribers.Add(channel);
        return Read(channel, cancellationToken);
    }

    private async IAsyncEnumerable<IngestionEvent> Read(Channel<IngestionEvent> channel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false)) yield return item;
        }
        finally
        {
            lock (_lock) _subscribers.Remove(channel);
        }
    }
}
