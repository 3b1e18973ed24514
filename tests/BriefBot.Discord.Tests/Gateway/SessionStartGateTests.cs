using BriefBot.Core.State.Shards;
using BriefBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Discord.Tests.Gateway;

public sealed class SessionStartGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bucket_turn_that_could_not_be_taken_gives_the_session_start_back()
    {
        var time = new FakeTimeProvider();
        var slots = new FlakySlots(new InMemoryStartSlots(time));
        var gate = new SessionStartGate(new SessionStartLimit { Total = 1, Remaining = 1, ResetAfter = 60_000 }, slots, time);

        await Assert.ThrowsAsync<TimeoutException>(() => gate.ReserveAsync(0, Ct));
        var afterFailure = await gate.ReserveAsync(0, Ct);
        var afterUse = await gate.ReserveAsync(0, Ct);

        Assert.Equal((TimeSpan.Zero, false), afterFailure);
        Assert.True(afterUse.AllowanceUsedUp);
    }

    [Fact]
    public async Task A_shard_waiting_for_its_bucket_keeps_the_session_start_for_later()
    {
        var time = new FakeTimeProvider();
        var gate = new SessionStartGate(new SessionStartLimit { Total = 2, Remaining = 2, ResetAfter = 60_000 }, new InMemoryStartSlots(time), time);

        await gate.ReserveAsync(0, Ct);
        var waiting = await gate.ReserveAsync(0, Ct);
        time.Advance(SessionStartGate.BucketSpacing);
        var next = await gate.ReserveAsync(0, Ct);

        Assert.Equal((SessionStartGate.BucketSpacing, false), waiting);
        Assert.Equal((TimeSpan.Zero, false), next);
    }

    /// <summary>Fails the first call, as a database that cannot be reached does, then answers.</summary>
    private sealed class FlakySlots(IStartSlots inner) : IStartSlots
    {
        private int _calls;

        public Task<TimeSpan> TryTakeAsync(string key, TimeSpan spacing, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1 ? throw new TimeoutException("database unreachable") : inner.TryTakeAsync(key, spacing, cancellationToken);
    }
}
