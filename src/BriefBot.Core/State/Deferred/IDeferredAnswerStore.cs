namespace BriefBot.Core.State.Deferred;

/// <summary>
/// Deferred answers in bot state (<see cref="DeferredAnswerRecord"/>), with leases: the one behaviour of the LiteDB
/// file and of PostgreSQL. Every change that decides who sends an answer is atomic, so an answer has one owner.
/// </summary>
public interface IDeferredAnswerStore
{
    /// <summary>Notes an answer with its owner and lease; false when it was noted already.</summary>
    bool Add(DeferredAnswerRecord record);

    /// <summary>Extends <paramref name="owner"/>'s lease; false when the record is gone or another replica holds it now.</summary>
    bool Renew(string id, string owner, DateTime leaseExpiresUtc);

    /// <summary>Deletes the record if <paramref name="owner"/> still holds it: the answer was sent or given up.</summary>
    bool Complete(string id, string owner);

    /// <summary>
    /// Takes up to <paramref name="max"/> answers of <paramref name="platforms"/> whose lease has expired and whose
    /// target has not, for <paramref name="owner"/> until <paramref name="leaseExpiresUtc"/>. Replicas claiming at
    /// once never take the same one.
    /// </summary>
    IReadOnlyList<DeferredAnswerRecord> Claim(string owner, DateTime nowUtc, DateTime leaseExpiresUtc, int max, IReadOnlyCollection<string> platforms);

    /// <summary>Deletes and returns the answers whose target expired: too late to send, whoever held them.</summary>
    IReadOnlyList<DeferredAnswerRecord> DropExpired(DateTime nowUtc);

    /// <summary>Every record, for tests and for copying state.</summary>
    IReadOnlyList<DeferredAnswerRecord> All();
}
