namespace BriefBot.Core.State;

/// <summary>Documents of one kind in bot state, keyed by id: what the shelf intake keeps between runs.</summary>
public interface IStateDocuments<T>
    where T : class
{
    T? Find(string id);

    IReadOnlyList<T> All();

    int Count();

    void Upsert(T document);

    /// <summary>Adds the document unless one with its id is there; false when one was.</summary>
    bool InsertIfAbsent(T document);

    bool Delete(string id);
}

/// <summary>Bulk writes over <see cref="IStateDocuments{T}"/>.</summary>
public static class StateDocumentsExtensions
{
    /// <summary>Upserts each document (another store's, when state is copied); returns how many.</summary>
    public static int UpsertAll<T>(this IStateDocuments<T> documents, IEnumerable<T> all)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(all);
        var count = 0;
        foreach (var document in all)
        {
            documents.Upsert(document);
            count++;
        }

        return count;
    }
}
