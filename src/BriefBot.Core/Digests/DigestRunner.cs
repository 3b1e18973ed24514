using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;
using BriefBot.Core.State;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Digests;

/// <summary>
/// Delivers digests exactly once. Each occurrence has a key ("{subscription}@{local due time}"); it is recorded
/// before sending, sent with that key, and marked sent with the platform's message ids. After a crash the
/// record is found pending: the channel is asked whether the key already arrived before anything is resent.
/// </summary>
public sealed partial class DigestRunner(KnowledgeStore knowledge, IBotState state, IEnumerable<IChannelPublisher> publishers, TimeProvider time, ILogger<DigestRunner> logger)
{
    private static readonly TimeSpan FirstWindow = TimeSpan.FromDays(7);
    private readonly Dictionary<string, IChannelPublisher> _publishers = publishers.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>Notes what the shelf holds now, so new and changed articles are stamped when first seen.</summary>
    public void ObserveShelf()
    {
        // Before the knowledge base is loaded the shelf looks empty: noting that would make every article new later.
        if (knowledge.IsLoaded)
        {
            ObserveLoadedShelf();
        }
    }

    /// <summary>
    /// Nothing when this base was already noted; only its changes when the base it replaced was the one noted
    /// last; the whole shelf otherwise (first run, a base from an older version, or builds not seen in between).
    /// </summary>
    private void ObserveLoadedShelf() => knowledge.Read(reader =>
    {
        var build = reader.Build();
        var observed = state.ObservedBuild();
        if (build is not null && build.Id == observed)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (build is { Changes: { } changes } && observed is not null && build.PreviousId == observed)
        {
            // An emptied shelf is more likely a failed load than a team deleting everything: remove nothing then.
            state.ObserveChanges(
                reader.ShelfArticles(changes.ChangedArticles),
                reader.ArticleCount == 0 ? [] : changes.RemovedArticles,
                changes.Events.Select(e => (e.Id, e.Sources)),
                now,
                build.Id);
        }
        else
        {
            state.Observe(reader.ShelfArticles(), reader.EventSources().Select(e => (e.Id, e.Sources)), now, build?.Id);
        }

        return 0;
    });

    /// <summary>The next digest as it would be sent now, without sending or recording anything.</summary>
    public Reply Preview(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ObserveShelf();
        var now = time.GetUtcNow().UtcDateTime;
        var start = state.LastSent(subscription.Id)?.WindowEndUtc ?? now - FirstWindow;
        return knowledge.Read(reader => DigestComposer.Compose(reader, state, new DigestWindow(start, now), [.. subscription.ActorIds]));
    }

    /// <summary>Sends the latest due occurrence if it has not been sent: after downtime, one digest covering the whole gap.</summary>
    public async Task<DigestOutcome> CatchUpAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!DigestScheduleParser.TryParse(subscription.Schedule, out var schedule, out _))
        {
            return DigestOutcome.NotDue;
        }

        // One owner per delivery: a sweep never takes over a subscription whose digest is being sent right now.
        using var owner = await state.TryOwnDeliveryAsync(subscription.Id, wait: false, cancellationToken);
        if (owner is null)
        {
            Log.InFlight(logger, subscription.Id);
            return DigestOutcome.InFlight;
        }

        var latest = schedule.LatestAtOrBefore(time.GetUtcNow());
        var created = DateTime.SpecifyKind(subscription.CreatedUtc, DateTimeKind.Utc);
        var isDue = latest is { } due && due.UtcDateTime > created;
        var settled = await SettlePendingAsync(subscription, isDue ? $"{subscription.Id}@{schedule.OccurrenceKey(latest!.Value)}" : null, cancellationToken);
        return isDue
            ? await RunOwnedAsync(subscription, schedule.OccurrenceKey(latest!.Value), latest.Value.UtcDateTime, cancellationToken)
            : settled ?? DigestOutcome.NotDue;
    }

    /// <summary>
    /// Digests left pending by a crash or by failed attempts, other than the one about to run: one that reached
    /// the channel, even in part, is completed (a half-delivered digest is worse than none), and so is one asked
    /// for with <c>/digest send</c> (the user was told BriefBot keeps trying); a scheduled one that never left is
    /// superseded, since the next digest's window starts where the last delivered one ended and so covers it.
    /// Returns the outcome of the last digest completed, if any.
    /// </summary>
    private async Task<DigestOutcome?> SettlePendingAsync(Subscription subscription, string? latestKey, CancellationToken cancellationToken)
    {
        if (subscription.PausedReason is not null || !_publishers.TryGetValue(subscription.Platform, out var publisher))
        {
            return null;
        }

        DigestOutcome? outcome = null;
        foreach (var pending in state.PendingDigests(subscription.Id).Where(d => d.Id != latestKey))
        {
            var occurrence = pending.Id[(pending.Id.IndexOf('@', StringComparison.Ordinal) + 1)..];
            var reached = occurrence.StartsWith(SentNowPrefix, StringComparison.Ordinal)
                || pending.MessageIds.Count > 0
                || (pending.Attempts > 0
                    && (await publisher.FindAsync(subscription.Channel, pending.Id, cancellationToken)
                        ?? await publisher.FindAsync(subscription.Channel, PartKey(pending.Id, 0, 2), cancellationToken)) is not null);
            if (reached)
            {
                outcome = await RunOwnedAsync(subscription, occurrence, pending.WindowEndUtc, cancellationToken);
            }
            else
            {
                pending.Status = DigestStatus.Superseded;
                state.SaveDigest(pending);
                Log.Superseded(logger, pending.Id);
            }
        }

        return outcome;
    }

    /// <summary>Delivers now, counted like a scheduled digest (the next window starts here); waits for a delivery of the same subscription in flight.</summary>
    public async Task<DigestOutcome> SendNowAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        using var owner = await state.TryOwnDeliveryAsync(subscription.Id, wait: true, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return await RunOwnedAsync(subscription, SentNowPrefix + now.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), now, cancellationToken);
    }

    /// <summary>Runs one occurrence; the caller owns the subscription's delivery.</summary>
    private async Task<DigestOutcome> RunOwnedAsync(Subscription subscription, string occurrence, DateTime dueUtc, CancellationToken cancellationToken)
    {
        var key = $"{subscription.Id}@{occurrence}";
        if (state.GetDigest(key) is { Status: DigestStatus.Sent })
        {
            return DigestOutcome.AlreadySent;
        }

        if (subscription.PausedReason is not null || !_publishers.TryGetValue(subscription.Platform, out var publisher))
        {
            return DigestOutcome.Paused;
        }

        // At start-up the sweep can come before the knowledge base is loaded: an empty base would make a
        // quiet digest of a busy week. The next sweep tries again.
        if (!knowledge.IsLoaded)
        {
            return DigestOutcome.WillRetry;
        }

        ObserveLoadedShelf();
        var start = state.LastSent(subscription.Id)?.WindowEndUtc ?? dueUtc - FirstWindow;
        var record = state.RecordPending(new DigestRecord { Id = key, SubscriptionId = subscription.Id, WindowStartUtc = start, WindowEndUtc = dueUtc });

        var reply = knowledge.Read(reader => DigestComposer.Compose(reader, state, new DigestWindow(record.WindowStartUtc, record.WindowEndUtc), [.. subscription.ActorIds]));
        var parts = DigestParts.Split(reply);

        // Pending from an earlier run that may have sent some parts before crashing: ask the channel first.
        var recovered = false;
        while (record.Attempts > 0 && record.MessageIds.Count < parts.Count
            && await publisher.FindAsync(subscription.Channel, PartKey(key, record.MessageIds.Count, parts.Count), cancellationToken) is { } found)
        {
            record.MessageIds.Add(found.MessageIds.Count > 0 ? found.MessageIds[0] : "");
            state.SaveDigest(record);
            recovered = true;
        }

        if (record.MessageIds.Count >= parts.Count)
        {
            MarkSent(record);
            if (recovered)
            {
                Log.Recovered(logger, record.Id, record.MessageIds.Count);
            }

            return recovered ? DigestOutcome.Recovered : DigestOutcome.AlreadySent;
        }

        return await SendAsync(subscription, publisher, record, parts, cancellationToken);
    }

    /// <summary>
    /// One message per part, in order; each part recorded as it leaves, so a crash resumes with the rest. One
    /// attempt per run: each publish call carries the platform client's own retry policy, and a digest still
    /// pending is resumed by the next sweep, which first asks the channel what already arrived.
    /// </summary>
    private async Task<DigestOutcome> SendAsync(Subscription subscription, IChannelPublisher publisher, DigestRecord record, IReadOnlyList<Reply> parts, CancellationToken cancellationToken)
    {
        record.Attempts++;
        state.SaveDigest(record);
        try
        {
            while (record.MessageIds.Count < parts.Count)
            {
                var index = record.MessageIds.Count;
                var result = await publisher.PublishAsync(new ChannelMessage(subscription.Channel, parts[index], PartKey(record.Id, index, parts.Count)), cancellationToken);
                record.MessageIds.Add(result.MessageIds.Count > 0 ? result.MessageIds[0] : "");
                state.SaveDigest(record);
            }

            MarkSent(record);
            Log.Sent(logger, record.Id, parts.Count);
            return DigestOutcome.Sent;
        }
        catch (PublishException ex) when (ex.IsPermanent)
        {
            record.Status = DigestStatus.Failed;
            record.Error = ex.Message;
            state.SaveDigest(record);
            subscription.PausedReason = ex.Message;
            subscription.PauseAnnounced = false;
            state.SaveSubscription(subscription);
            Log.Paused(logger, subscription.Id, ex.Message);
            return DigestOutcome.Paused;
        }
        catch (PublishException ex)
        {
            record.Error = ex.Message;
            state.SaveDigest(record);
            Log.Retrying(logger, record.Id, record.Attempts, ex.Message);
            return DigestOutcome.WillRetry;
        }
    }

    /// <summary>The key of one part: the digest id itself when it is one message, "#n" appended otherwise.</summary>
    private static string PartKey(string key, int index, int count) => count == 1 ? key : FormattableString.Invariant($"{key}#{index + 1}");

    private void MarkSent(DigestRecord record)
    {
        record.Status = DigestStatus.Sent;
        record.SentUtc = time.GetUtcNow().UtcDateTime;
        record.Error = null;
        state.SaveDigest(record);
    }

    private const string SentNowPrefix = "now-";

    private static partial class Log
    {
        [LoggerMessage(EventId = 1206, EventName = "DigestRecovered", Level = LogLevel.Information, Message = "Digest {DigestId} was found in its channel ({Messages} message(s)) and is marked sent; nothing posted again")]
        public static partial void Recovered(ILogger logger, string digestId, int messages);

        [LoggerMessage(EventId = 1205, EventName = "DigestInFlight", Level = LogLevel.Debug, Message = "Digest of {SubscriptionId} is being delivered already; the sweep leaves it to its owner")]
        public static partial void InFlight(ILogger logger, string subscriptionId);

        [LoggerMessage(EventId = 1201, EventName = "DigestSent", Level = LogLevel.Information, Message = "Digest {DigestId} sent as {Messages} message(s)")]
        public static partial void Sent(ILogger logger, string digestId, int messages);

        [LoggerMessage(EventId = 1202, EventName = "DigestRetrying", Level = LogLevel.Warning, Message = "Digest {DigestId} attempt {Attempt} failed; the next sweep tries again: {Reason}")]
        public static partial void Retrying(ILogger logger, string digestId, int attempt, string reason);

        [LoggerMessage(EventId = 1204, EventName = "DigestSuperseded", Level = LogLevel.Information, Message = "Digest {DigestId} never reached its channel; the next digest covers its window")]
        public static partial void Superseded(ILogger logger, string digestId);

        [LoggerMessage(EventId = 1203, EventName = "SubscriptionPaused", Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} paused: {Reason}")]
        public static partial void Paused(ILogger logger, string subscriptionId, string reason);
    }
}
