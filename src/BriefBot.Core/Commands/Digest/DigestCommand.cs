using BriefBot.Core.Commands.Who;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Commands.Digest;

/// <summary>
/// <c>/digest subscribe|list|unsubscribe|preview|send</c> for the channel the command came from. Changing a
/// channel's digests needs the right to manage the channel; anyone may list and preview. From the CLI the
/// commands act on the first subscription from configuration (the local outbox by default).
/// </summary>
public sealed class DigestCommand(IBotState state, DigestRunner runner, KnowledgeStore knowledge, IEnumerable<IChannelPublisher> publishers, IOptions<DigestOptions> options, TimeProvider time) : ICommandHandler
{
    public const string ActionOption = "action";
    public const string ScheduleOption = "schedule";
    public const string ActorsOption = "actors";

    private static readonly string[] ScheduleSuggestions = ["monday 09:00 UTC", "monday 09:00 Europe/Berlin", "friday 17:00 America/New_York", "daily 08:30 UTC"];

    public string Name => "digest";

    /// <summary>The actor-filtered example names the shelf's own most-mentioned actors.</summary>
    public IReadOnlyList<string> Examples =>
    [
        "/digest subscribe monday 09:00 Europe/Berlin",
        "/digest subscribe daily 08:30 UTC " + (ShelfExamples.TopActorNames(knowledge, 2) is { Count: > 0 } names ? string.Join(", ", names) : "NAME, NAME"),
        "/digest list", "/digest preview", "/digest send", "/digest unsubscribe",
    ];

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = request.Text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var action = (request.Options.GetValueOrDefault(ActionOption) ?? (words.Length > 0 ? words[0] : "")).ToLowerInvariant();
        var rest = request.Options.Count > 0
            ? string.Join(' ', new[] { request.Options.GetValueOrDefault(ScheduleOption), request.Options.GetValueOrDefault(ActorsOption) }.Where(v => !string.IsNullOrWhiteSpace(v)))
            : words.Length > 1 ? words[1] : "";
        var (platform, channel) = Target(request);
        var id = Subscription.IdFor(platform, channel);
        return action switch
        {
            "subscribe" => Guard(request) ?? Subscribe(platform, channel, rest),
            "unsubscribe" => Guard(request) ?? Unsubscribe(id),
            "list" => List(platform, channel),
            "preview" => Preview(id),
            "send" => Guard(request) ?? await SendAsync(id, cancellationToken),
            _ => Reply.Invalid("Which digest action?", "Use subscribe, list, unsubscribe, preview or send.", [.. Examples]),
        };
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string option, string typed, CancellationToken cancellationToken)
    {
        IReadOnlyList<Suggestion> suggestions = option == ActorsOption
            ? knowledge.Read(r => ActorMatcher.Suggest(r.Index, typed.Split(',')[^1], 25).Select(e => new Suggestion(ChoiceText.Value(e.Name), ChoiceText.Value(e.Name))).ToList())
            : [.. ScheduleSuggestions.Where(s => s.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Select(s => new Suggestion(s, s))];
        return Task.FromResult(suggestions);
    }

    private (string Platform, string Channel) Target(CommandRequest request)
    {
        if (request.Platform == Platform.Cli || string.IsNullOrEmpty(request.ChannelId))
        {
            var first = options.Value.Subscriptions.FirstOrDefault();
            return (first?.Platform ?? "outbox", first?.Channel ?? "default");
        }

        return (request.Platform.ToString().ToLowerInvariant(), request.ChannelId);
    }

    private static Reply? Guard(CommandRequest request) => request.Platform == Platform.Cli || request.CanManageChannel
        ? null
        : Reply.Invalid("Not allowed", "Only people who can manage this channel can change its digests. Anyone can use /digest list and /digest preview.");

    private Reply Subscribe(string platform, string channel, string text)
    {
        if (!publishers.Any(p => p.Platform.Equals(platform, StringComparison.OrdinalIgnoreCase)))
        {
            return Reply.Invalid("Digests are off here", $"BriefBot cannot post digests to {platform} yet: its credentials are not configured.");
        }

        var parsed = SubscriptionText.Read(text, knowledge);
        if (parsed.Error is { } error)
        {
            return Reply.Invalid("Not saved", error, [.. Examples.Take(2)]);
        }

        var id = Subscription.IdFor(platform, channel);
        var existing = state.GetSubscription(id);
        var subscription = existing ?? new Subscription { Id = id, Platform = platform, Channel = channel, CreatedUtc = time.GetUtcNow().UtcDateTime };
        subscription.Schedule = parsed.Schedule!.Text.Length == 0 ? DigestScheduleParser.Example.Replace("Europe/Berlin", "UTC", StringComparison.Ordinal) : parsed.Schedule.Text;
        subscription.ActorIds = [.. parsed.ActorIds];
        subscription.PausedReason = null;
        subscription.PauseAnnounced = false;
        state.SaveSubscription(subscription);
        var schedule = ScheduleOf(subscription);
        return Done(existing is null ? "Subscribed" : "Subscription updated", $"{Describe(schedule, parsed.ActorNames)}. Next digest: {Next(schedule)}.");
    }

    private Reply Unsubscribe(string id)
    {
        var subscription = state.GetSubscription(id);
        if (subscription is { FromConfiguration: true })
        {
            return Reply.Invalid("Set in configuration", "This channel's digest comes from BriefBot's configuration (Digests:Subscriptions); remove it there.");
        }

        return state.RemoveSubscription(id)
            ? Done("Unsubscribed", "This channel will get no more digests.")
            : new Reply { Kind = ReplyKind.NotFound, Title = "No subscription", Summary = "This channel has no digest subscription.", IsEphemeral = true };
    }

    private Reply List(string platform, string channel)
    {
        var mine = state.AllSubscriptions().Where(s => s.Platform == platform && s.Channel == channel).ToList();
        if (mine.Count == 0)
        {
            return new Reply { Kind = ReplyKind.NotFound, Title = "No subscription", Summary = "This channel has no digest. Start one with /digest subscribe monday 09:00 Europe/Berlin.", IsEphemeral = true };
        }

        var lines = mine.Select(s =>
        {
            var schedule = ScheduleOf(s);
            var actors = s.ActorIds.Select(a => knowledge.Read(r => r.Index[a]?.Name)).OfType<string>().ToList();
            var last = state.LastSent(s.Id);
            var status = s.PausedReason is { } why ? $"paused: {why}" : $"next {Next(schedule)}";
            return new ReplyLine(new StrongSpan(Describe(schedule, actors)), new TextSpan($" — {status}; last sent {(last?.SentUtc is { } sent ? sent.ToString("d MMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never")}"));
        });
        return new Reply { Kind = ReplyKind.Answer, Title = "Digests for this channel", Sections = [new ReplySection { Heading = "Subscriptions", Lines = [.. lines] }], IsEphemeral = true };
    }

    private Reply Preview(string id) => state.GetSubscription(id) is { } subscription
        ? runner.Preview(subscription) with { IsEphemeral = true }
        : new Reply { Kind = ReplyKind.NotFound, Title = "No subscription", Summary = "Subscribe this channel first: /digest subscribe.", IsEphemeral = true };

    private async Task<Reply> SendAsync(string id, CancellationToken cancellationToken)
    {
        if (state.GetSubscription(id) is not { } subscription)
        {
            return new Reply { Kind = ReplyKind.NotFound, Title = "No subscription", Summary = "Subscribe this channel first: /digest subscribe.", IsEphemeral = true };
        }

        var outcome = await runner.SendNowAsync(subscription, cancellationToken);
        return outcome switch
        {
            DigestOutcome.Sent or DigestOutcome.Recovered => Done("Digest sent", "The digest was posted; the next one covers from now." + Where(subscription)),
            DigestOutcome.Paused => Reply.Invalid("Digest paused", $"Delivery is paused: {state.GetSubscription(id)?.PausedReason ?? "no way to post here"}. Subscribe again once it is fixed."),
            _ => Reply.Error("The digest could not be posted yet; BriefBot will keep trying."),
        };
    }

    /// <summary>For the local outbox, where the files are.</summary>
    private string Where(Subscription subscription) => subscription.Platform == "outbox" && state.LastSent(subscription.Id) is { } sent
        ? " Written to " + string.Join(", ", sent.MessageIds) + "."
        : "";

    private string Next(DigestSchedule schedule) => schedule.NextAfter(time.GetUtcNow()) is { } next
        ? TimeZoneInfo.ConvertTime(next, schedule.TimeZone).ToString("ddd d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + schedule.TimeZone.Id
        : "never";

    /// <summary>A stored schedule always parsed when saved; the weekly default stands in should it ever not.</summary>
    private static DigestSchedule ScheduleOf(Subscription subscription) =>
        DigestScheduleParser.TryParse(subscription.Schedule, out var schedule, out _) ? schedule : DefaultSchedule();

    private static DigestSchedule DefaultSchedule() => DigestScheduleParser.TryParse("", out var schedule, out _) ? schedule : throw new InvalidOperationException("The default schedule must parse.");

    private static string Describe(DigestSchedule schedule, IReadOnlyCollection<string> actors) =>
        schedule + (actors.Count == 0 ? "" : ", about " + string.Join(", ", actors));

    private static Reply Done(string title, string message) => new() { Kind = ReplyKind.Answer, Title = title, Summary = message, IsEphemeral = true };
}
