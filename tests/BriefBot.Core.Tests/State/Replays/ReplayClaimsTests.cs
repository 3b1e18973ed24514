using BriefBot.Core.State;
using BriefBot.Core.State.Postgres;
using BriefBot.Core.State.Replays;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BriefBot.Core.Tests.State.Replays;

/// <summary>What replay claims do on every store: in memory beside LiteDB, in PostgreSQL shared by replicas.</summary>
public abstract class ReplayClaimsTests(StateStores stores) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 6, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<IBotState, IReplayClaims> _inMemory = [];

    /// <summary>The claims a process with this state uses, as AddBotState chooses them.</summary>
    private IReplayClaims ClaimsOf(IBotState state)
    {
        if (state is PostgresBotState shared)
        {
            return shared.ReplayClaims(_time);
        }

        if (!_inMemory.TryGetValue(state, out var claims))
        {
            _inMemory[state] = claims = new InMemoryReplayClaims(_time);
        }

        return claims;
    }

    [Fact]
    public void A_key_is_claimed_once_and_its_repeat_refused()
    {
        using var state = stores.Open();
        var claims = ClaimsOf(state);

        Assert.True(claims.TryClaim("slack:t:123.456", Window));
        Assert.False(claims.TryClaim("slack:t:123.456", Window));
        Assert.True(claims.TryClaim("slack:t:123.457", Window));
    }

    [Fact]
    public void A_key_claimed_by_one_replica_is_refused_by_another()
    {
        var first = stores.Open();
        var second = stores.OpenAgain(first);

        Assert.True(ClaimsOf(first).TryClaim("discord:1234567890", Window));
        Assert.False(ClaimsOf(second).TryClaim("discord:1234567890", Window));
    }

    [Fact]
    public async Task Replicas_claiming_one_key_at_once_let_exactly_one_win()
    {
        var first = stores.Open();
        var replicas = new[] { ClaimsOf(first), ClaimsOf(stores.OpenAgain(first)), ClaimsOf(stores.OpenAgain(first)) };

        var won = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => replicas[i % replicas.Length].TryClaim("slack:b:ABCDEF", Window), TestContext.Current.CancellationToken)));

        Assert.Single(won, w => w);
    }

    [Fact]
    public void A_key_may_be_claimed_again_once_its_window_has_passed_but_not_before()
    {
        using var state = stores.Open();
        var claims = ClaimsOf(state);
        claims.TryClaim("discord:42", Window);

        _time.Advance(Window - TimeSpan.FromSeconds(1));
        Assert.False(claims.TryClaim("discord:42", Window));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(claims.TryClaim("discord:42", Window));
        Assert.False(claims.TryClaim("discord:42", Window));
    }

    [Fact]
    public void Expired_claims_are_forgotten_while_live_ones_hold()
    {
        using var state = stores.Open();
        var claims = ClaimsOf(state);
        claims.TryClaim("slack:old", TimeSpan.FromMinutes(1));
        claims.TryClaim("slack:long", TimeSpan.FromHours(1));

        _time.Advance(TimeSpan.FromMinutes(2));
        claims.TryClaim("slack:new", Window);

        Assert.True(claims.TryClaim("slack:old", Window));
        Assert.False(claims.TryClaim("slack:long", Window));
    }

    public void Dispose()
    {
        stores.Dispose();
        GC.SuppressFinalize(this);
    }
}
