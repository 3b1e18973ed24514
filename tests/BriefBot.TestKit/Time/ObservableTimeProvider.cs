using Microsoft.Extensions.Time.Testing;

namespace BriefBot.TestKit.Time;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when code starts waiting on it, so a test can advance the clock
/// exactly when a delay exists instead of sleeping or guessing.
/// </summary>
public sealed class ObservableTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _created = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Done)> _waiters = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Done)> _newWaiters = [];

    public ObservableTimeProvider()
        : base(new DateTimeOffset(2031, 6, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            // A waiting test claims the timer; otherwise it is kept for the next WhenTimerAsync. Claimed timers
            // must not stay listed, or a later wait for the same due time would match a timer already used.
            var index = _waiters.FindIndex(w => w.Match(dueTime));
            if (index >= 0)
            {
                var waiter = _waiters[index];
                _waiters.RemoveAt(index);
                waiter.Done.TrySetResult(dueTime);
            }
            else
            {
                _created.Add(dueTime);
            }

            if (_newWaiters.FirstOrDefault(w => w.Match(dueTime)) is { Done: not null } first)
            {
                _newWaiters.Remove(first);
                first.Done.TrySetResult(dueTime);
            }
        }

        return timer;
    }

    /// <summary>Completes once a timer matching <paramref name="match"/> has been created (now or earlier, not yet claimed).</summary>
    public Task<TimeSpan> WhenTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _created.FindIndex(d => match(d));
            if (index >= 0)
            {
                var due = _created[index];
                _created.RemoveAt(index);
                return Task.FromResult(due);
            }

            var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));

            // Real time, not this clock: a timer that never comes fails the test instead of hanging it.
            return done.Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>
    /// Completes with the first matching timer created after this call, ignoring earlier ones: for loops that wait
    /// on equal delays again and again (a capped backoff), where an earlier timer must not be mistaken for the next.
    /// </summary>
    public Task<TimeSpan> WhenNewTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _newWaiters.Add((match, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Waits for a timer of exactly <paramref name="due"/>, then moves the clock past it.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan due, CancellationToken cancellationToken)
    {
        await WhenTimerAsync(d => d == due, cancellationToken);
        Advance(due);
    }
}
