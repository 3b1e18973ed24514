using BriefBot.Core.State;
using BriefBot.Core.State.Postgres;
using BriefBot.Core.State.Shards;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Core.Tests.State.Shards;

/// <summary>What spaced turns do on every store: in memory beside LiteDB, in PostgreSQL shared by replicas.</summary>
public abstract class StartSlotsTests(StateStores stores) : IDisposable
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 6, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<IBotState, IStartSlots> _inMemory = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_taken_turn_makes_the_next_wait_out_the_spacing()
    {
        var slots = SlotsOf(stores.Open());

        var first = await slots.TryTakeAsync("discord-identify:0/1", Spacing, Ct);
        _time.Advance(TimeSpan.FromSeconds(2));
        var tooSoon = await slots.TryTakeAsync("discord-identify:0/1", Spacing, Ct);
        _time.Advance(TimeSpan.FromSeconds(3));
        var onTime = await slots.TryTakeAsync("discord-identify:0/1", Spacing, Ct);

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.FromSeconds(3), tooSoon);
        Assert.Equal(TimeSpan.Zero, onTime);
    }

    [Fact]
    public async Task Each_key_has_turns_of_its_own()
    {
        var slots = SlotsOf(stores.Open());

        await slots.TryTakeAsync("discord-identify:0/2", Spacing, Ct);

        Assert.Equal(TimeSpan.Zero, await slots.TryTakeAsync("discord-identify:1/2", Spacing, Ct));
    }

    [Fact]
    public async Task A_turn_taken_by_one_replica_makes_another_wait()
    {
        var first = stores.Open();

        await SlotsOf(first).TryTakeAsync("discord-identify:0/1", Spacing, Ct);

        Assert.Equal(Spacing, await SlotsOf(stores.OpenAgain(first)).TryTakeAsync("discord-identify:0/1", Spacing, Ct));
    }

    [Fact]
    public async Task Replicas_asking_at_once_let_exactly_one_take_the_turn()
    {
        var first = stores.Open();
        var replicas = new[] { SlotsOf(first), SlotsOf(stores.OpenAgain(first)), SlotsOf(stores.OpenAgain(first)) };

        var waits = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => replicas[i % 3].TryTakeAsync("discord-identify:0/1", Spacing, Ct), Ct)));

        Assert.Single(waits, w => w == TimeSpan.Zero);
    }

    /// <summary>The turns a process with this state uses, as AddBotState chooses them.</summary>
    private IStartSlots SlotsOf(IBotState state)
    {
        if (state is PostgresBotState shared)
        {
            return shared.StartSlots(_time);
        }

        if (!_inMemory.TryGetValue(state, out var slots))
        {
            _inMemory[state] = slots = new InMemoryStartSlots(_time);
        }

        return slots;
    }

    public void Dispose()
    {
        stores.Dispose();
        GC.SuppressFinalize(this);
    }
}
