using LiteDB;

namespace BriefBot.Core.State;

/// <summary>A LiteDB collection as documents of bot state; LiteDB keys documents by their <c>Id</c> property.</summary>
internal sealed class LiteDbStateDocuments<T>(ILiteCollection<T> collection, Func<T, string> idOf, Lock gate) : IStateDocuments<T>
    where T : class
{
    public T? Find(string id) => collection.FindById(id);

    public IReadOnlyList<T> All() => [.. collection.FindAll()];

    public int Count() => collection.Count();

    public void Upsert(T document) => collection.Upsert(document);

    public bool InsertIfAbsent(T document)
    {
        lock (gate)
        {
            if (collection.FindById(idOf(document)) is not null)
            {
                return false;
            }

            collection.Insert(document);
            return true;
        }
    }

    public bool Delete(string id) => collection.Delete(id);
}
