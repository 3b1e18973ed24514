using BriefBot.Core.Digests;
using BriefBot.Core.Intake;

namespace BriefBot.Core.State;

/// <summary>What <see cref="BotStateCopy.Copy"/> carried, by kind.</summary>
public sealed record BotStateCopyReport(int Subscriptions, int Digests, int Articles, int Events, int IntakeDocuments);

/// <summary>
/// Copies every piece of bot state from one store to another (the LiteDB file to PostgreSQL, when one process
/// becomes several replicas): subscriptions, digest records with their delivery, what was seen when, the shelf
/// intake's feeds and items, and the marks that keep old articles from looking new. Only into an empty store:
/// merging two histories could send a digest twice or lose one, so that is refused rather than guessed.
/// </summary>
public static class BotStateCopy
{
    public static BotStateCopyReport Copy(IBotState from, IBotState to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var targetArticles = to.Documents<SeenArticle>(StateCollections.Articles, a => a.Id);
        if (to.Marks() is not null || to.AllSubscriptions().Count > 0 || to.AllDigests().Count > 0 || targetArticles.Count() > 0)
        {
            throw new InvalidOperationException("the target already holds bot state; copying into it could send a digest twice. Copy into an empty database.");
        }

        var subscriptions = from.AllSubscriptions();
        foreach (var subscription in subscriptions)
        {
            to.SaveSubscription(subscription);
        }

        // Sent and pending alike, with their message ids: the target's sweep settles a pending one as a restart would.
        var digests = from.AllDigests();
        foreach (var digest in digests)
        {
            to.SaveDigest(digest);
        }

        var articles = targetArticles.UpsertAll(from.AllArticles());
        var events = to.Documents<SeenEvent>(StateCollections.Events, e => e.Id).UpsertAll(from.AllEvents());

        var intake = new IntakeState(from).CopyTo(new IntakeState(to));

        // Last: a copy cut short leaves no marks, so the target is still "empty" and the copy can be run again.
        if (from.Marks() is { } marks)
        {
            to.RestoreMarks(marks);
        }

        return new BotStateCopyReport(subscriptions.Count, digests.Count, articles, events, intake);
    }
}
