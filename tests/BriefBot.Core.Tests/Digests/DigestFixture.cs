using BriefBot.Core.Digests;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using BriefBot.TestKit.Digests;
using BriefBot.TestKit.Knowledge;
using BriefBot.TestKit.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Core.Tests.Digests;

/// <summary>A shelf, bot state in memory, a fake clock (Sunday 1 June 2031, 12:00 UTC) and a recording channel.</summary>
internal sealed class DigestFixture : IDisposable
{
    public const string Gazetteer = """
        - name: Sylvania
          kind: state
          demonyms: [Sylvanian]
        - name: Freedonia
          kind: state
          demonyms: [Freedonian]
        """;

    public DigestFixture(IBotState? state = null)
    {
        Shelf = new TestShelf().WithGazetteer(Gazetteer)
            .WithArticle("old", "Old analysis", "2030-01-10", "Sylvania and Freedonia signed a truce on January 5, 2030.")
            .WithArticle("recent", "Harbour shelled", "2031-05-29", "Sylvanian gunboats shelled the Freedonian harbour on May 28, 2031. Freedonian officials protested on May 29, 2031.");
        State = state ?? LiteDbBotState.InMemory();
        Runner = new DigestRunner(Shelf.Store, State, [Channel], Time, NullLogger<DigestRunner>.Instance);
    }

    public TestShelf Shelf { get; }

    public IBotState State { get; }

    public ObservableTimeProvider Time { get; } = new();

    public RecordingPublisher Channel { get; } = new();

    public DigestRunner Runner { get; }

    public Subscription Subscribe(string schedule = "monday 09:00 UTC", params string[] actors)
    {
        var subscription = new Subscription
        {
            Id = Subscription.IdFor("outbox", "team"),
            Platform = "outbox",
            Channel = "team",
            Schedule = schedule,
            ActorIds = [.. actors],
            CreatedUtc = new DateTime(2031, 4, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        State.SaveSubscription(subscription);
        return subscription;
    }

    public void MoveTo(DateTimeOffset when) => Time.Advance(when - Time.GetUtcNow());

    /// <summary>Builds the shelf, subscribes weekly (Mondays 09:00 UTC) and delivers the digest due on <paramref name="monday"/>.</summary>
    public async Task<Subscription> FirstDigestDeliveredAsync(DateTimeOffset monday, CancellationToken cancellationToken)
    {
        await Shelf.BuildAsync(cancellationToken);
        var subscription = Subscribe();
        MoveTo(monday);
        await Runner.CatchUpAsync(subscription, cancellationToken);
        return subscription;
    }

    /// <summary>Changes the shelf the day after <paramref name="monday"/>, then delivers and returns the next week's digest.</summary>
    public async Task<Reply> NextWeekAsync(Subscription subscription, DateTimeOffset monday, Action<TestShelf> change, CancellationToken cancellationToken)
    {
        MoveTo(monday.AddDays(1));
        change(Shelf);
        await Shelf.BuildAsync(cancellationToken);
        Runner.ObserveShelf();
        MoveTo(monday.AddDays(7));
        await Runner.CatchUpAsync(subscription, cancellationToken);
        return Channel.Delivered.Last().Reply;
    }

    public void Dispose()
    {
        State.Dispose();
        Shelf.Dispose();
    }
}
