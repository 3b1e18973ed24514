using BriefBot.Core.State;

namespace BriefBot.Core.Intake;

/// <summary>
/// The shelf intake's part of bot state (state.db): followed feeds, items written and the keys that recognise
/// them. An item is remembered only after its file is saved, and every write is an upsert keyed by the file, so
/// a crash at any point leads to the same file being written again, never to a second one.
/// </summary>
public sealed class IntakeState(IBotState store)
{
    private IStateDocuments<ShelfSource> Sources => store.Documents<ShelfSource>("shelf_sources", s => s.Id);

    private IStateDocuments<ShelfItem> Items => store.Documents<ShelfItem>("shelf_items", i => i.Id);

    private IStateDocuments<ShelfKey> Keys => store.Documents<ShelfKey>("shelf_keys", k => k.Id);

    /// <summary>Copies feeds, items and keys into another store's intake state (see <see cref="BotStateCopy"/>); returns how many.</summary>
    public int CopyTo(IntakeState target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Sources.UpsertAll(Sources.All()) + target.Items.UpsertAll(Items.All()) + target.Keys.UpsertAll(Keys.All());
    }

    public IReadOnlyList<ShelfSource> AllSources() => [.. Sources.All().OrderBy(s => s.AddedUtc).ThenBy(s => s.Id, StringComparer.Ordinal)];

    public ShelfSource? GetSource(string id) => Sources.Find(id);

    public void SaveSource(ShelfSource source) => Sources.Upsert(source);

    public bool RemoveSource(string id) => Sources.Delete(id);

    public int ItemCount => Items.Count();

    public ShelfItem? GetItem(string id) => Items.Find(id);

    /// <summary>The item any of <paramref name="keys"/> recognises; <c>(true, null)</c> for back catalogue left out.</summary>
    public (bool Known, ShelfItem? Item) Find(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            var found = Keys.Find(key);
            if (found is null)
            {
                continue;
            }

            if (found.ItemId == ShelfKey.BackCatalogue)
            {
                return (true, null);
            }

            if (Items.Find(found.ItemId) is { } item)
            {
                return (true, item);
            }
        }

        return (false, null);
    }

    public ShelfKey? GetKey(string id) => Keys.Find(id);

    /// <summary>
    /// Remembers an item (after its file is saved) under every key that should recognise it again; the feed entry's
    /// own key also keeps the entry's fingerprint.
    /// </summary>
    public void Remember(ShelfItem item, IEnumerable<string> keys, string? entryKey, string? fingerprint)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(keys);
        Items.Upsert(item);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var known = key == entryKey ? null : Keys.Find(key);
            Keys.Upsert(new ShelfKey { Id = key, ItemId = item.Id, Fingerprint = key == entryKey ? fingerprint : known?.Fingerprint });
        }
    }

    /// <summary>Notes back catalogue left out of a first import, so later polls do not bring it in.</summary>
    public void Skip(string key)
    {
        Keys.InsertIfAbsent(new ShelfKey { Id = key, ItemId = ShelfKey.BackCatalogue });
    }
}
