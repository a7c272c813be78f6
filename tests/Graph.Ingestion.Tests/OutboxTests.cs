using Graph.Ingestion.Queue;
using Graph.Ingestion.Tests.Support;

namespace Graph.Ingestion.Tests;

/// <summary>The durable queue on a real SQLite file: what is recorded survives a reopen, and failures end as dead letters.</summary>
public sealed class OutboxTests
{
    private static OutboxItem Item(string id) => new() { Source = "test", Kind = ItemKind.Content, ArticleId = id, Content = [1, 2, 3], ContentType = "text/plain" };

    [Fact]
    public void A_recorded_item_survives_a_crash_and_is_claimed_again_after_recovery()
    {
        using var folder = new TestFolder();
        var path = Path.Combine(folder.Root, "q.db");
        using (var outbox = Outbox.Open(path))
        {
            outbox.Enqueue(Item("a"));
            outbox.Enqueue(Item("b"));
            outbox.Claim(10).Select(i => i.ArticleId).Should().Equal("a", "b");
            // No Complete: the process "dies" with both items processing.
        }

        using var reopened = Outbox.Open(path);
        reopened.Claim(10).Should().BeEmpty("processing items are not claimed twice while their worker may live");
        reopened.Recover().Should().Be(2);
        var again = reopened.Claim(10);
        again.Select(i => i.ArticleId).Should().Equal("a", "b");
        again[0].Content.Should().Equal(1, 2, 3);
        reopened.Complete([.. again.Select(i => i.Id)]);
        reopened.Counts().Should().Be(new QueueCounts(0, 0, 2, 0, 0));
    }

    [Fact]
    public void A_pending_item_for_the_same_article_is_replaced_not_doubled()
    {
        using var folder = new TestFolder();
        using var outbox = Outbox.Open(Path.Combine(folder.Root, "q.db"));
        var first = outbox.Enqueue(Item("a"));
        var second = outbox.Enqueue(Item("a") with { Content = [9] });
        second.Should().Be(first);
        outbox.Claim(10).Should().ContainSingle().Which.Content.Should().Equal(9);
    }

    [Fact]
    public void Failures_are_retried_after_a_backoff_then_dead_and_retried_by_hand()
    {
        using var folder = new TestFolder();
        using var outbox = Outbox.Open(Path.Combine(folder.Root, "q.db"));
        var id = outbox.Enqueue(Item("a"));
        outbox.Claim(1);
        outbox.Fail(id, "timeout", permanent: false, maxAttempts: 2, TimeSpan.FromHours(1)).Should().Be(ItemState.Failed);
        outbox.Claim(1).Should().BeEmpty("its retry is an hour away");
        outbox.Fail(id, "timeout again", permanent: false, maxAttempts: 2, TimeSpan.Zero).Should().Be(ItemState.Dead);
        var dead = outbox.DeadLetters().Should().ContainSingle().Subject;
        dead.LastError.Should().Be("timeout again");
        dead.Attempts.Should().Be(2);
        outbox.Retry(id).Should().BeTrue();
        outbox.Retry(id).Should().BeFalse("it is no longer dead");
        outbox.Claim(1).Should().ContainSingle().Which.Attempts.Should().Be(0);
    }

    [Fact]
    public void Bad_input_is_dead_at_once()
    {
        using var folder = new TestFolder();
        using var outbox = Outbox.Open(Path.Combine(folder.Root, "q.db"));
        var id = outbox.Enqueue(Item("a"));
        outbox.Claim(1);
        outbox.Fail(id, "a: is empty (0 bytes)", permanent: true, maxAttempts: 5, TimeSpan.Zero).Should().Be(ItemState.Dead);
    }

    [Fact]
    public void Only_one_process_at_a_time_is_the_worker()
    {
        using var folder = new TestFolder();
        var path = Path.Combine(folder.Root, "q.db");
        using (var first = WorkerLock.TryAcquire(path))
        {
            first.Should().NotBeNull();
            WorkerLock.TryAcquire(path).Should().BeNull();
        }

        using var after = WorkerLock.TryAcquire(path);
        after.Should().NotBeNull("the lock is free once its holder lets go");
    }
}
