using Quartz;

namespace Graph.Ingestion.Scheduling;

/// <summary>
/// A source's re-ingestion schedule: Quartz's cron expressions (seconds first: <c>0 */15 * * * ?</c>), UTC. Quartz's
/// parser and next-fire-time arithmetic decide when; a plain timer loop fires, since a refresh only queues work in the
/// outbox and needs no job store of its own.
/// </summary>
public sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(CronExpression expression) => _expression = expression;

    /// <summary>Parses the expression; null with the parser's reason when it is not valid.</summary>
    public static CronSchedule? TryParse(string expression, out string? error)
    {
        try
        {
            error = null;
            return new CronSchedule(new CronExpression(expression, TimeZoneInfo.Utc));
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>The next time after <paramref name="after"/> the schedule fires, or null when it never fires again.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => _expression.GetNextValidTimeAfter(after);

    /// <summary>Calls <paramref name="fire"/> at every firing time until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(Action fire, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fire);
        ArgumentNullException.ThrowIfNull(clock);
        try
        {
            while (Next(clock.GetUtcNow()) is { } next)
            {
                var wait = next - clock.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                fire();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
