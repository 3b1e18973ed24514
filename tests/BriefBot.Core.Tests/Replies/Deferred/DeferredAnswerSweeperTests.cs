using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using BriefBot.Core.Tests.State;
using BriefBot.Core.State.Deferred;
using BriefBot.TestKit.Commands;
using BriefBot.TestKit.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using BriefBot.TestKit.Time;

namespace BriefBot.Core.Tests.Replies.Deferred;

/// <summary>
/// Replicas in one process on a fake clock, each with its own leases, sweeper and platform half over the shared
/// state: an answer whose owner stops renewing is finished by exactly one other, and one whose token expired is
/// dropped with a log line, never sent.
/// </summary>
public abstract class DeferredAnswerSweeperTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 6, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingLoggerProvider _logs = new();
    private readonly LoggerFactory _loggers;
    private readonly List<IDisposable> _disposables = [];
    private readonly StateStores _stores;

    protected DeferredAnswerSweeperTests(StateStores stores)
    {
        _stores = stores;
        _loggers = new LoggerFactory([_logs]);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Replica Start(IBotState state, string id)
    {
        var leases = new DeferredAnswerLeases(state, new ReplicaIdentity(id), Options.Create(new DeferredAnswerOptions { Lease = Lease }), _time, _loggers.CreateLogger<DeferredAnswerLeases>());
        var platform = new RecordingPlatform(id);
        _disposables.Add(platform);
        var who = new ScriptedCommandHandler("who", (request, _) => Task.FromResult(Reply.Invalid("Answered by " + id, request.Text)));
        var dispatcher = new CommandDispatcher([who], NullLogger<CommandDispatcher>.Instance);
        var sweeper = new DeferredAnswerSweeper(leases, [platform], dispatcher, _loggers.CreateLogger<DeferredAnswerSweeper>());
        return new Replica(leases, platform, sweeper);
    }

    private DeferredAnswerRecord Acknowledged(string token) => DeferredAnswerRecord.For(
        new CommandRequest { Command = "who", Text = "Rufus Firefly", Platform = Platform.Discord },
        "discord",
        token,
        "app-1",
        updatesOriginal: false,
        _time.GetUtcNow().UtcDateTime + TokenLifetime);

    [Fact]
    public async Task An_answer_whose_owner_stopped_renewing_is_sent_once_by_another_replica()
    {
        var state = _stores.Open();
        var owner = Start(state, "a");
        var b = Start(_stores.OpenAgain(state), "b");
        var c = Start(_stores.OpenAgain(state), "c");
        Assert.NotNull(owner.Leases.Record(Acknowledged("token-1")));

        var beforeExpiry = b.Sweeper.Sweep() + c.Sweeper.Sweep();
        _time.Advance(Lease);
        var taken = b.Sweeper.Sweep() + c.Sweeper.Sweep();
        var sent = await Task.WhenAny(b.Platform.Sent.Task, c.Platform.Sent.Task).Unwrap().WaitAsync(Patience, Ct);
        await Task.WhenAny(b.Platform.Ended.Task, c.Platform.Ended.Task).WaitAsync(Patience, Ct);
        await WhenAsync(() => state.DeferredAnswers.All().Count == 0);
        var afterwards = b.Sweeper.Sweep() + c.Sweeper.Sweep();

        Assert.Equal(0, beforeExpiry);
        Assert.Equal(1, taken);
        Assert.Equal(0, afterwards);
        Assert.Equal("token-1", sent.Target);
        Assert.Equal("Rufus Firefly", sent.Reply.Summary);
        Assert.Equal(1, b.Platform.SendCount + c.Platform.SendCount);
        Assert.Equal(0, owner.Platform.SendCount);
        Assert.Empty(state.DeferredAnswers.All());
    }

    [Fact]
    public void An_answer_whose_token_expired_is_dropped_with_a_log_line_and_never_sent()
    {
        var state = _stores.Open();
        var owner = Start(state, "a");
        var other = Start(_stores.OpenAgain(state), "b");
        owner.Leases.Record(Acknowledged("token-1"));

        _time.Advance(TokenLifetime);
        var taken = other.Sweeper.Sweep();

        Assert.Equal(0, taken);
        Assert.Equal(0, other.Platform.SendCount);
        Assert.Empty(state.DeferredAnswers.All());
        Assert.Contains(_logs.Entries, e => e.Message == "Dropped a discord answer to /who: its token expired before any replica sent it");
    }

    [Fact]
    public async Task An_owner_still_working_renews_its_lease_so_no_other_replica_takes_the_answer()
    {
        var state = _stores.Open();
        var owner = Start(state, "a");
        var other = Start(_stores.OpenAgain(state), "b");
        var work = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        owner.Platform.Deliver(work.Task, owner.Leases.Record(Acknowledged("token-1")));

        var taken = 0;
        for (var step = 0; step < 6; step++)
        {
            var renewedTo = _time.GetUtcNow().UtcDateTime + Lease / 3 + Lease;
            _time.Advance(Lease / 3);
            await WhenAsync(() => state.DeferredAnswers.All().Single().LeaseExpiresUtc >= renewedTo);
            taken += other.Sweeper.Sweep();
        }

        work.SetResult(Reply.Invalid("Answered by a", "late but fine"));
        await owner.Platform.Ended.Task.WaitAsync(Patience, Ct);
        await WhenAsync(() => state.DeferredAnswers.All().Count == 0);

        Assert.Equal(0, taken);
        Assert.Equal(1, owner.Platform.SendCount);
        Assert.Equal(0, other.Platform.SendCount);
        Assert.Empty(state.DeferredAnswers.All());
    }

    [Fact]
    public async Task A_replica_stopping_mid_answer_releases_it_to_the_next_sweep_of_another()
    {
        var state = _stores.Open();
        var owner = Start(state, "a");
        var other = Start(_stores.OpenAgain(state), "b");
        var work = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lease = owner.Leases.Record(Acknowledged("token-1"));
        owner.Platform.Deliver(work.Task, lease, cancelWorkOnStop: work);

        owner.Platform.Dispose();
        var taken = other.Sweeper.Sweep();
        var sent = await other.Platform.Sent.Task.WaitAsync(Patience, Ct);

        Assert.Equal(1, taken);
        Assert.Equal("token-1", sent.Target);
        Assert.Equal(0, owner.Platform.SendCount);
    }

    private static Task WhenAsync(Func<bool> condition) => Eventually.Until(condition, Patience, Ct);

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        _loggers.Dispose();
        _logs.Dispose();
        _stores.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed record Replica(DeferredAnswerLeases Leases, RecordingPlatform Platform, DeferredAnswerSweeper Sweeper);

    private sealed record Sending(string Target, Reply Reply);

    /// <summary>A platform half that records what it sends instead of calling a platform.</summary>
    private sealed class RecordingPlatform(string name) : IDeferredAnswerPlatform, IDeferredAnswerLog, IDisposable
    {
        private readonly DeferredAnswers _answers = new(TokenLifetime);
        private int _sends;

        public string Platform => "discord";

        public int SendCount => Volatile.Read(ref _sends);

        public TaskCompletionSource<Sending> Sent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Deliver(Task<Reply> work, DeferredAnswerLease? lease, TaskCompletionSource<Reply>? cancelWorkOnStop = null)
        {
            var lifetime = _answers.Lifetime();
            if (cancelWorkOnStop is not null)
            {
                _ = lifetime.Token.Register(() => cancelWorkOnStop.TrySetCanceled(lifetime.Token));
            }

            _answers.Deliver(work, lifetime, (reply, _) => Send(lease?.Record.Target ?? "", reply), this, lease);
        }

        public void Resume(DeferredAnswerLease lease, Func<CancellationToken, Task<Reply>> answer)
        {
            var lifetime = _answers.Lifetime();
            _answers.Deliver(answer(lifetime.Token), lifetime, (reply, _) => Send(lease.Record.Target, reply), this, lease);
        }

        private Task Send(string target, Reply reply)
        {
            Interlocked.Increment(ref _sends);
            Sent.TrySetResult(new Sending(target, reply));
            return Task.CompletedTask;
        }

        public void Delivered() => Ended.TrySetResult();

        public void Failed(Exception exception) => Ended.TrySetException(exception);

        public void Abandoned() => Ended.TrySetResult();

        public void Dispose() => _answers.Dispose();

        public override string ToString() => name;
    }
}
