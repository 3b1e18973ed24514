using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;

namespace BriefBot.Core.Knowledge.Ingest.World;

/// <summary>
/// Turns the world gazetteer into gazetteer entries beside the curated ones. A curated entry wins: a state already in
/// <c>actors.yaml</c> keeps its id, name and kind and only gains the world's spellings, demonyms and capitals nobody
/// else claims; a city whose name is taken by another entry is left out.
/// </summary>
internal static class WorldEntries
{
    public static Gazetteer Merge(Gazetteer curated, WorldGazetteer world)
    {
        var entries = curated.Entries.ToList();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new HashSet<string>(entries.Select(e => e.Id), StringComparer.Ordinal);
        for (var k = 0; k < entries.Count; k++)
        {
            foreach (var name in Names(entries[k]))
            {
                byKey.TryAdd(MentionFinder.Key(name), k);
            }
        }

        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);

        // One world state per entry: West Germany shares its official name with Germany, and must not become it.
        var claimed = new HashSet<int>();
        foreach (var state in world.States)
        {
            var names = state.Aliases.Prepend(state.Official).Prepend(state.Name).ToList();
            var match = names.Select(n => byKey.GetValueOrDefault(MentionFinder.Key(n), -1)).FirstOrDefault(k => k >= 0 && entries[k].Kind == ActorKind.State && !claimed.Contains(k), -1);
            if (match >= 0)
            {
                claimed.Add(match);
                var own = entries[match];
                idOf[state.Id] = own.Id;
                entries[match] = own with
                {
                    Aliases = [.. own.Aliases.Concat(names.Where(n => Free(byKey, n, match))).Distinct(StringComparer.Ordinal)],
                    Acronyms = [.. own.Acronyms.Concat(state.Acronyms).Distinct(StringComparer.Ordinal)],
                    Demonyms = [.. own.Demonyms.Concat(state.Demonyms.Where(n => Free(byKey, n, match))).Distinct(StringComparer.Ordinal)],
                    Metonyms = [.. own.Metonyms.Concat(state.Capitals.Where(n => Free(byKey, n, match))).Distinct(StringComparer.Ordinal)],
                    IsoCodes = [state.Iso2, state.Iso3],

                    // A listed state keeps the world's dates: Moscow in 1987 is the Soviet Union's even where the
                    // shelf lists Russia with Moscow as its capital.
                    ValidFrom = own.ValidFrom ?? state.ValidFrom,
                    ValidTo = own.ValidTo ?? state.ValidTo,
                    Predecessor = own.Predecessor ?? state.Predecessor,
                };
                continue;
            }

            var id = Unique(TextFolding.Slug(state.Name), state.Iso2, ids);
            idOf[state.Id] = id;
            var names2 = names.Where(n => Free(byKey, n, entries.Count)).ToList();
            if (names2.Count == 0)
            {
                continue;
            }

            foreach (var n in names2)
            {
                byKey.TryAdd(MentionFinder.Key(n), entries.Count);
            }

            claimed.Add(entries.Count);
            entries.Add(new GazetteerEntry
            {
                Id = id,
                Name = state.Name,
                Kind = ActorKind.State,
                Aliases = [.. names2.Skip(1)],
                Acronyms = state.Acronyms,
                Demonyms = [.. state.Demonyms.Where(n => Free(byKey, n, entries.Count))],
                Metonyms = [.. state.Capitals.Where(n => Free(byKey, n, entries.Count))],
                IsGenerated = true,
                ValidFrom = state.ValidFrom,
                ValidTo = state.ValidTo,
                Predecessor = state.Predecessor,
                IsoCodes = [state.Iso2, state.Iso3],
            });
        }

        // Predecessors are written with the world's ids ("su"); give them the merged ids.
        for (var k = 0; k < entries.Count; k++)
        {
            if (entries[k].Predecessor is { } p)
            {
                entries[k] = entries[k] with { Predecessor = idOf.GetValueOrDefault(p) };
            }
        }

        foreach (var place in world.Places)
        {
            var key = MentionFinder.Key(place.Name);
            if (key.Length == 0 || byKey.ContainsKey(key))
            {
                continue;
            }

            byKey[key] = entries.Count;
            entries.Add(new GazetteerEntry
            {
                Id = Unique(TextFolding.Slug(place.Name), place.CountryIso2, ids),
                Name = place.Name,
                Kind = ActorKind.Place,
                IsGenerated = true,
                CountryId = world.ByIso2.TryGetValue(place.CountryIso2, out var country) ? idOf.GetValueOrDefault(country.Id) : null,
            });
        }

        return new Gazetteer(entries);
    }

    private static IEnumerable<string> Names(GazetteerEntry e) => e.Aliases.Prepend(e.Name);

    private static bool Free(Dictionary<string, int> byKey, string name, int owner) =>
        MentionFinder.Key(name) is { Length: > 0 } key && (!byKey.TryGetValue(key, out var k) || k == owner);

    private static string Unique(string slug, string iso2, HashSet<string> ids)
    {
        var id = slug.Length == 0 ? "place" : slug;
        if (!ids.Add(id))
        {
            id = $"{id}-{iso2.ToLowerInvariant()}";
            for (var n = 2; !ids.Add(id); n++)
            {
                id = $"{slug}-{iso2.ToLowerInvariant()}-{n}";
            }
        }

        return id;
    }
}
