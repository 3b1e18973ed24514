using BriefBot.Core.Digests;
using BriefBot.Core.State;
using Microsoft.Extensions.Options;
using Xunit;

namespace BriefBot.Core.Tests.Digests;

/// <summary>Each test "restarts" by opening the same state file again and applying configuration, as the host does at start.</summary>
public sealed class ConfiguredSubscriptionsTests : IDisposable
{
    private static readonly DateTime Start = new(2031, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-tests", Guid.NewGuid().ToString("N"));

    private string StatePath => Path.Combine(_folder, "state.db");

    private static DigestOptions Configured(string schedule, params string[] actors) => new()
    {
        Subscriptions = [new SubscriptionSettings { Platform = "slack", Channel = "C0DIGEST", Schedule = schedule, Actors = [.. actors] }],
    };

    private Subscription StartWith(DigestOptions options, Action<IBotState>? whileRunning = null)
    {
        Directory.CreateDirectory(_folder);
        using var state = new LiteDbBotState(Options.Create(new DigestOptions { StatePath = StatePath }));
        ConfiguredSubscriptions.Apply(state, options, Start);
        whileRunning?.Invoke(state);
        return state.GetSubscription(Subscription.IdFor("slack", "C0DIGEST"))!;
    }

    /// <summary>A change to the channel's subscription while the bot runs, as <c>/digest subscribe</c> or a failed delivery makes it.</summary>
    private static Action<IBotState> Edit(Action<Subscription> change) => state =>
    {
        var subscription = state.GetSubscription(Subscription.IdFor("slack", "C0DIGEST"))!;
        change(subscription);
        state.SaveSubscription(subscription);
    };

    [Fact]
    public void A_configured_channel_is_created_from_configuration()
    {
        var subscription = StartWith(Configured("monday 09:00 UTC", "iran"));

        Assert.Equal(("monday 09:00 UTC", true), (subscription.Schedule, subscription.FromConfiguration));
        Assert.Equal(["iran"], subscription.ActorIds);
    }

    [Fact]
    public void A_change_made_in_chat_survives_a_restart_with_the_same_configuration()
    {
        StartWith(Configured("monday 09:00 UTC"), Edit(s =>
        {
            s.Schedule = "friday 17:00 Europe/Berlin";
            s.ActorIds = ["turkey"];
        }));

        var afterRestart = StartWith(Configured("monday 09:00 UTC"));

        Assert.Equal("friday 17:00 Europe/Berlin", afterRestart.Schedule);
        Assert.Equal(["turkey"], afterRestart.ActorIds);
    }

    [Fact]
    public void A_changed_configuration_wins_over_an_earlier_chat_edit()
    {
        StartWith(Configured("monday 09:00 UTC"), Edit(s => s.Schedule = "friday 17:00 Europe/Berlin"));

        var afterRestart = StartWith(Configured("tuesday 08:00 UTC", "israel"));

        Assert.Equal("tuesday 08:00 UTC", afterRestart.Schedule);
        Assert.Equal(["israel"], afterRestart.ActorIds);
    }

    [Fact]
    public void A_restart_keeps_a_pause_and_the_creation_time()
    {
        StartWith(Configured("monday 09:00 UTC"), Edit(s => s.PausedReason = "channel_not_found"));

        var afterRestart = StartWith(Configured("monday 09:00 UTC"));

        Assert.Equal(("channel_not_found", Start), (afterRestart.PausedReason, afterRestart.CreatedUtc));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
