using BriefBot.TestKit.Discord;

namespace BriefBot.TestKit;

/// <summary>
/// The requests a fake server received, in order, and the tests waiting for them: one piece for the fake Discord
/// and the fake Slack. A request is added once it has taken effect, so a waiter finds its effect in place.
/// </summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];

    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => w.Match(request)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(request);
            }
        }
    }

    /// <summary>Completes with the first request (past or future) that matches; a request that never comes fails the test after two minutes of real time (child processes on a loaded machine take long to start).</summary>
    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_requests.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(TimeSpan.FromMinutes(2), TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>Completes when <paramref name="count"/> requests matching have arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count, Func<RecordedRequest, bool> match, CancellationToken cancellationToken)
    {
        for (var n = 1; n <= count; n++)
        {
            var wanted = n;
            await WaitForAsync(_ => All.Count(match) >= wanted && match(_), cancellationToken);
        }

        return [.. All.Where(match)];
    }
}
