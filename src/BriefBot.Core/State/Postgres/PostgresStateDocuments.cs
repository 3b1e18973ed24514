using Npgsql;

namespace BriefBot.Core.State.Postgres;

/// <summary>One collection of briefbot_documents as bot state; each call takes a pooled connection.</summary>
internal sealed class PostgresStateDocuments<T>(NpgsqlDataSource dataSource, string collection, Func<T, string> idOf) : IStateDocuments<T>
    where T : class
{
    public T? Find(string id)
    {
        using var connection = dataSource.OpenConnection();
        return PostgresDocuments.Find<T>(connection, null, collection, id);
    }

    public IReadOnlyList<T> All()
    {
        using var connection = dataSource.OpenConnection();
        return [.. PostgresDocuments.Many<T>(connection, null, collection).Values];
    }

    public int Count()
    {
        using var connection = dataSource.OpenConnection();
        return PostgresDocuments.Count(connection, collection);
    }

    public void Upsert(T document)
    {
        using var connection = dataSource.OpenConnection();
        PostgresDocuments.Upsert(connection, null, collection, [(idOf(document), document)]);
    }

    public bool InsertIfAbsent(T document)
    {
        using var connection = dataSource.OpenConnection();
        return PostgresDocuments.InsertIfAbsent(connection, collection, idOf(document), document);
    }

    public bool Delete(string id)
    {
        using var connection = dataSource.OpenConnection();
        return PostgresDocuments.Delete(connection, collection, id);
    }
}
