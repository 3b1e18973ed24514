using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Digests;

/// <summary>
/// Delivers digests exactly once. Each occurrence has a key ("{subscription}@{local due time}"); it is recorded
/// before sending, sent with that key, and marked sent with the platform's message ids. After a crash the
/// record is found pending: the channel is asked whether the key already arrived before anything is resent.
/// </summary>
public sealed partial class DigestRunner(KnowledgeStore knowledge, BotStateStore state, IEnumerable<IChannelPublisher> publishers, TimeProvider time, ILogger<DigestRunner> logger) : IDisposable
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan FirstWindow = TimeSpan.FromDays(7);
    private readonly Dictionary<string, IChannelPublisher> _publishers = publishers.ToDictionary(p => p.Platform, StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _gate = new(1, 1);

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

        var latest = schedule.LatestAtOrBefore(time.GetUtcNow());
        var created = DateTime.SpecifyKind(subscription.CreatedUtc, DateTimeKind.Utc);
        var isDue = latest is { } due && due.UtcDateTime > created;
        await SettlePendingAsync(subscription, isDue ? $"{subscription.Id}@{schedule.OccurrenceKey(latest!.Value)}" : null, cancellationToken);
        return isDue
            ? await RunAsync(subscription, schedule.OccurrenceKey(latest!.Value), latest.Value.UtcDateTime, cancellationToken)
            : DigestOutcome.NotDue;
    }

    /// <summary>
    /// Digests left pending by a crash, other than the one about to run: one that reached the channel, even in
    /// part, is completed (a half-delivered digest is worse than none); one that never left is superseded, since
    /// the next digest's window starts where the last delivered one ended and so covers it.
    /// </summary>
    private async Task SettlePendingAsync(Subscription subscription, string? latestKey, CancellationToken cancellationToken)
    {
        if (subscription.PausedReason is not null || !_publishers.TryGetValue(subscription.Platform, out var publisher))
        {
            return;
        }

        foreach (var pending in state.PendingDigests(subscription.Id).Where(d => d.Id != latestKey))
        {
            var reached = pending.MessageIds.Count > 0
                || (pending.Attempts > 0
                    && (await publisher.FindAsync(subscription.Channel, pending.Id, cancellationToken)
                        ?? await publisher.FindAsync(subscription.Channel, PartKey(pending.Id, 0, 2), cancellationToken)) is not null);
            if (reached)
            {
                await RunAsync(subscription, pending.Id[(pending.Id.IndexOf('@', StringComparison.Ordinal) + 1)..], pending.WindowEndUtc, cancellationToken);
            }
            else
            {
                pending.Status = DigestStatus.Superseded;
                state.SaveDigest(pending);
                Log.Superseded(logger, pending.Id);
            }
        }
    }

    /// <summary>Delivers now, counted like a scheduled digest (the next window starts here).</summary>
    public Task<DigestOutcome> SendNowAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = time.GetUtcNow().UtcDateTime;
        return RunAsync(subscription, "now-" + now.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), now, cancellationToken);
    }

    private async Task<DigestOutcome> RunAsync(Subscription subscription, string occurrence, DateTime dueUtc, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
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
                return recovered ? DigestOutcome.Recovered : DigestOutcome.AlreadySent;
            }

            return await SendAsync(subscription, publisher, record, parts, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One message per part, in order; each part recorded as it leaves, so a crash resumes with the rest.</summary>
    private async Task<DigestOutcome> SendAsync(Subscription subscription, IChannelPublisher publisher, DigestRecord record, IReadOnlyList<Reply> parts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
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
                Log.Retrying(logger, record.Id, attempt, ex.Message);
                if (attempt < MaxAttempts)
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt)), time, cancellationToken);
                }
            }
        }

        return DigestOutcome.WillRetry;
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

    public void Dispose() => _gate.Dispose();

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, EventName = "DigestSent", Level = LogLevel.Information, Message = "Digest {DigestId} sent as {Messages} message(s)")]
        public static partial void Sent(ILogger logger, string digestId, int messages);

        [LoggerMessage(EventId = 1202, EventName = "DigestRetrying", Level = LogLevel.Warning, Message = "Digest {DigestId} attempt {Attempt} failed: {Reason}")]
        public static partial void Retrying(ILogger logger, string digestId, int attempt, string reason);

        [LoggerMessage(EventId = 1204, EventName = "DigestSuperseded", Level = LogLevel.Information, Message = "Digest {DigestId} never reached its channel; the next digest covers its window")]
        public static partial void Superseded(ILogger logger, string digestId);

        [LoggerMessage(EventId = 1203, EventName = "SubscriptionPaused", Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} paused: {Reason}")]
        public static partial void Paused(ILogger logger, string subscriptionId, string reason);
    }
}
