using BriefBot.Core.State.Deferred;
using Npgsql;
using NpgsqlTypes;

namespace BriefBot.Core.State.Postgres;

/// <summary>
/// Deferred answers in briefbot_deferred_answers, shared by every replica. A claim locks the rows it takes and
/// skips rows another claim has locked, so two replicas sweeping at once never take the same answer; renewing
/// and completing check the owner in the same statement. Times come from each replica's clock.
/// </summary>
internal sealed class PostgresDeferredAnswers(NpgsqlDataSource dataSource) : IDeferredAnswerStore
{
    private const string Columns = "owner, lease_expires_utc, answer_expires_utc, body::text";

    public bool Add(DeferredAnswerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Execute(
            "INSERT INTO briefbot_deferred_answers (id, owner, lease_expires_utc, answer_expires_utc, body) VALUES (@id, @owner, @lease, @expires, @body) ON CONFLICT (id) DO NOTHING",
            p =>
            {
                p.AddWithValue("id", record.Id);
                p.AddWithValue("owner", record.Owner);
                p.AddWithValue("lease", Utc(record.LeaseExpiresUtc));
                p.AddWithValue("expires", Utc(record.AnswerExpiresUtc));
                p.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = StateJson.Write(record) });
            }) == 1;
    }

    public bool Renew(string id, string owner, DateTime leaseExpiresUtc) => Execute(
        "UPDATE briefbot_deferred_answers SET lease_expires_utc = @lease WHERE id = @id AND owner = @owner",
        p =>
        {
            p.AddWithValue("id", id);
            p.AddWithValue("owner", owner);
            p.AddWithValue("lease", Utc(leaseExpiresUtc));
        }) == 1;

    public bool Complete(string id, string owner) => Execute(
        "DELETE FROM briefbot_deferred_answers WHERE id = @id AND owner = @owner",
        p =>
        {
            p.AddWithValue("id", id);
            p.AddWithValue("owner", owner);
        }) == 1;

    public IReadOnlyList<DeferredAnswerRecord> Claim(string owner, DateTime nowUtc, DateTime leaseExpiresUtc, int max, IReadOnlyCollection<string> platforms) => Query(
        "UPDATE briefbot_deferred_answers d SET owner = @owner, lease_expires_utc = @lease FROM (" +
        "SELECT id FROM briefbot_deferred_answers WHERE lease_expires_utc <= @now AND answer_expires_utc > @now AND body->>'Platform' = ANY(@platforms) " +
        "ORDER BY lease_expires_utc LIMIT @max FOR UPDATE SKIP LOCKED) c WHERE d.id = c.id " +
        "RETURNING d.owner, d.lease_expires_utc, d.answer_expires_utc, d.body::text",
        p =>
        {
            p.AddWithValue("owner", owner);
            p.AddWithValue("lease", Utc(leaseExpiresUtc));
            p.AddWithValue("now", Utc(nowUtc));
            p.AddWithValue("max", max);
            p.AddWithValue("platforms", platforms.ToArray());
        });

    public IReadOnlyList<DeferredAnswerRecord> DropExpired(DateTime nowUtc) => Query(
        $"DELETE FROM briefbot_deferred_answers WHERE answer_expires_utc <= @now RETURNING {Columns}",
        p => p.AddWithValue("now", Utc(nowUtc)));

    public IReadOnlyList<DeferredAnswerRecord> All() => Query($"SELECT {Columns} FROM briefbot_deferred_answers", _ => { });

    private int Execute(string sql, Action<NpgsqlParameterCollection> parameters)
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        parameters(command.Parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The records a statement returns, with owner and lease from the columns (the body keeps what was first noted).</summary>
    private List<DeferredAnswerRecord> Query(string sql, Action<NpgsqlParameterCollection> parameters)
    {
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        parameters(command.Parameters);
        using var reader = command.ExecuteReader();
        var records = new List<DeferredAnswerRecord>();
        while (reader.Read())
        {
            var record = StateJson.Read<DeferredAnswerRecord>(reader.GetString(3));
            record.Owner = reader.GetString(0);
            record.LeaseExpiresUtc = reader.GetDateTime(1);
            record.AnswerExpiresUtc = reader.GetDateTime(2);
            records.Add(record);
        }

        return records;
    }

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc);
}
