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
