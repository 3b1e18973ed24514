using LiteDB;

namespace BriefBot.Core.State.Deferred;

/// <summary>Deferred answers in the LiteDB file: one process, so a lock makes each change atomic; the records are few.</summary>
internal sealed class LiteDbDeferredAnswers(ILiteCollection<DeferredAnswerRecord> records, Lock gate) : IDeferredAnswerStore
{
    public const string Collection = "deferred_answers";

    public bool Add(DeferredAnswerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (gate)
        {
            if (records.FindById(record.Id) is not null)
            {
                return false;
            }

            records.Insert(record);
            return true;
        }
    }

    public bool Renew(string id, string owner, DateTime leaseExpiresUtc)
    {
        lock (gate)
        {
            if (Read(records.FindById(id)) is not { } record || record.Owner != owner)
            {
                return false;
            }

            record.LeaseExpiresUtc = leaseExpiresUtc;
            return records.Update(record);
        }
    }

    public bool Complete(string id, string owner)
    {
        lock (gate)
        {
            return records.FindById(id) is { } record && record.Owner == owner && records.Delete(id);
        }
    }

    public IReadOnlyList<DeferredAnswerRecord> Claim(string owner, DateTime nowUtc, DateTime leaseExpiresUtc, int max, IReadOnlyCollection<string> platforms)
    {
        lock (gate)
        {
            var claimed = records.FindAll().Select(Read).OfType<DeferredAnswerRecord>()
                .Where(r => r.LeaseExpiresUtc <= nowUtc && r.AnswerExpiresUtc > nowUtc && platforms.Contains(r.Platform, StringComparer.Ordinal))
                .OrderBy(r => r.LeaseExpiresUtc)
                .Take(max)
                .ToList();
            foreach (var record in claimed)
            {
                record.Owner = owner;
                record.LeaseExpiresUtc = leaseExpiresUtc;
                records.Update(record);
            }

            return claimed;
        }
    }

    public IReadOnlyList<DeferredAnswerRecord> DropExpired(DateTime nowUtc)
    {
        lock (gate)
        {
            var expired = records.FindAll().Select(Read).OfType<DeferredAnswerRecord>().Where(r => r.AnswerExpiresUtc <= nowUtc).ToList();
            foreach (var record in expired)
            {
                records.Delete(record.Id);
            }

            return expired;
        }
    }

    public IReadOnlyList<DeferredAnswerRecord> All()
    {
        lock (gate)
        {
            return [.. records.FindAll().Select(Read).OfType<DeferredAnswerRecord>()];
        }
    }

    /// <summary>LiteDB hands dates back in local time; leases compare in UTC.</summary>
    private static DeferredAnswerRecord? Read(DeferredAnswerRecord? record)
    {
        if (record is not null)
        {
            record.AnswerExpiresUtc = record.AnswerExpiresUtc.ToUniversalTime();
            record.LeaseExpiresUtc = record.LeaseExpiresUtc.ToUniversalTime();
        }

        return record;
    }
}
