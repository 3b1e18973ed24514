using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Digests;
using Npgsql;
using NpgsqlTypes;

namespace BriefBot.Core.State.Postgres;

public sealed partial class PostgresBotState
{
    public DigestRecord? GetDigest(string id) => Read(c =>
    {
        using var command = new NpgsqlCommand("SELECT body::text FROM briefbot_digests WHERE id = @id", c);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() is string json ? StateJson.Read<DigestRecord>(json) : null;
    });

    public IReadOnlyList<DigestRecord> AllDigests() => Read(c =>
    {
        using var command = new NpgsqlCommand("SELECT body::text FROM briefbot_digests ORDER BY window_end_ticks, id", c);
        using var reader = command.ExecuteReader();
        var digests = new List<DigestRecord>();
        while (reader.Read())
        {
            digests.Add(StateJson.Read<DigestRecord>(reader.GetString(0)));
        }

        return digests;
    });

    public DigestRecord? LastSent(string subscriptionId) =>
        Digests(subscriptionId, DigestStatus.Sent, "ORDER BY window_end_ticks DESC LIMIT 1").FirstOrDefault();

    public IReadOnlyList<DigestRecord> PendingDigests(string subscriptionId) =>
        Digests(subscriptionId, DigestStatus.Pending, "ORDER BY window_end_ticks");

    /// <summary>
    /// One statement: the insert wins or, when a record with this id exists (another replica's, or this one's
    /// before a crash), nothing is written and the existing record comes back instead.
    /// </summary>
    public DigestRecord RecordPending(DigestRecord digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        digest.Status = DigestStatus.Pending;
        return Read(c =>
        {
            using var command = DigestCommand(c, digest, """
                WITH inserted AS (
                    INSERT INTO briefbot_digests (id, subscription_id, status, window_end_ticks, body)
                    VALUES (@id, @subscription, @status, @windowEnd, @body)
                    ON CONFLICT (id) DO NOTHING
                    RETURNING body)
                SELECT body::text FROM inserted
                UNION ALL
                SELECT body::text FROM briefbot_digests WHERE id = @id AND NOT EXISTS (SELECT 1 FROM inserted)
                """);
            return command.ExecuteScalar() is string json ? StateJson.Read<DigestRecord>(json) : RecordPending(digest);
        });
    }

    public void SaveDigest(DigestRecord digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        Read(c =>
        {
            using var command = DigestCommand(c, digest, """
                INSERT INTO briefbot_digests (id, subscription_id, status, window_end_ticks, body)
                VALUES (@id, @subscription, @status, @windowEnd, @body)
                ON CONFLICT (id) DO UPDATE SET subscription_id = excluded.subscription_id, status = excluded.status,
                    window_end_ticks = excluded.window_end_ticks, body = excluded.body
                """);
            return command.ExecuteNonQuery();
        });
    }

    /// <summary>
    /// A session advisory lock keyed by the subscription, held on a connection of its own for as long as the
    /// delivery runs: two replicas (or two runs in one) never deliver the same subscription at once, and a replica
    /// that dies mid-delivery loses its connection and with it the lock, so another can settle the digest.
    /// </summary>
    public async Task<IDisposable?> TryOwnDeliveryAsync(string subscriptionId, bool wait, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var key = DeliveryKey(subscriptionId);
            await using var command = new NpgsqlCommand(wait ? "SELECT pg_advisory_lock(@key)" : "SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            var result = await command.ExecuteScalarAsync(cancellationToken);
            if (!wait && result is not true)
            {
                await connection.DisposeAsync();
                return null;
            }

            return new DeliveryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>64 bits of the id's SHA-256: distinct subscriptions never share a lock in practice.</summary>
    private static long DeliveryKey(string subscriptionId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("delivery:" + subscriptionId)), 0);

    private List<DigestRecord> Digests(string subscriptionId, DigestStatus status, string order) => Read(c =>
    {
        using var command = new NpgsqlCommand($"SELECT body::text FROM briefbot_digests WHERE subscription_id = @subscription AND status = @status {order}", c);
        command.Parameters.AddWithValue("subscription", subscriptionId);
        command.Parameters.AddWithValue("status", (int)status);
        var records = new List<DigestRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(StateJson.Read<DigestRecord>(reader.GetString(0)));
        }

        return records;
    });

    private static NpgsqlCommand DigestCommand(NpgsqlConnection connection, DigestRecord digest, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", digest.Id);
        command.Parameters.AddWithValue("subscription", digest.SubscriptionId);
        command.Parameters.AddWithValue("status", (int)digest.Status);
        command.Parameters.AddWithValue("windowEnd", digest.WindowEndUtc.Ticks);
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = StateJson.Write(digest) });
        return command;
    }

    private sealed class DeliveryLock(NpgsqlConnection connection, long key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // A broken connection has lost the lock with its session already; closing it below is enough.
            }
            finally
            {
                connection.Dispose();
            }
        }
    }
}
