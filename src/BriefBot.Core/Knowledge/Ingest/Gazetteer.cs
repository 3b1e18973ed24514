using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>The known actor names (curated, and optionally the generated world gazetteer), indexed by id.</summary>
public sealed class Gazetteer
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        ById = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var metonyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var metonym in entry.Metonyms)
            {
                var key = TextFolding.Fold(metonym);
                if (!metonyms.TryGetValue(key, out var ids))
                {
                    metonyms[key] = ids = [];
                }

                ids.Add(entry.Id);
            }
        }

        StatesByMetonym = metonyms;
        _placesByName = new(() => entries.Where(e => e.Kind == ActorKind.Place).GroupBy(e => MentionFinder.Key(e.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal));
    }

    private readonly Lazy<Dictionary<string, string>> _placesByName;

    /// <summary>The first place named so (<see cref="MentionFinder.Key"/>): a dateline the finder did not tie to an entry ("ISTANBUL").</summary>
    public string? PlaceNamed(string folded) => _placesByName.Value.GetValueOrDefault(folded);

    public static Gazetteer Empty { get; } = new([]);

    /// <summary>This gazetteer with the world's states, territories and cities added; its own entries win.</summary>
    public Gazetteer WithWorld(World.WorldGazetteer world) => World.WorldEntries.Merge(this, world);

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public IReadOnlyDictionary<string, GazetteerEntry> ById { get; }

    /// <summary>Folded capital or other metonym ("moscow") → the states it has stood for, in entry order.</summary>
    public IReadOnlyDictionary<string, List<string>> StatesByMetonym { get; }

    /// <summary>
    /// Of the states a place has stood for, the one that held it on <paramref name="date"/>: "Moscow" before
    /// 26 December 1991 is the Soviet Union. Without a date, or where none stood then, the current one, or its
    /// predecessor when the date is before it was founded.
    /// </summary>
    public string StateOn(IReadOnlyList<string> stateIds, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(stateIds);
        if (date is { } d && stateIds.FirstOrDefault(id => ById[id].StoodOn(d)) is { } then)
        {
            return then;
        }

        var current = stateIds.FirstOrDefault(id => ById[id].ValidTo is null) ?? stateIds[0];
        return date is { } day && ById[current] is { ValidFrom: { } from, Predecessor: { } predecessor } && day < from && ById.ContainsKey(predecessor)
            ? predecessor
            : current;
    }

    /// <summary>Reads actors.yaml; problems are reported per entry and the rest is kept.</summary>
    public static Gazetteer Parse(string fileName, string yaml, ICollection<ArticleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        List<RawEntry>? raw;
        try
        {
            raw = Yaml.Deserialize<List<RawEntry>>(yaml);
        }
        catch (YamlException ex)
        {
            problems.Add(new ArticleProblem(fileName, (int)ex.Start.Line, "not valid YAML: " + ex.Message.Split('\n')[0]));
            return Empty;
        }

        var entries = new List<GazetteerEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in (raw ?? []).Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(item.Name))
            {
                problems.Add(new ArticleProblem(fileName, 0, $"entry {index + 1} has no name"));
                continue;
            }

            if (!Enum.TryParse<ActorKind>(item.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                problems.Add(new ArticleProblem(fileName, 0, $"'{item.Name}' has kind '{item.Kind}'; use person, state, organisation, place or other"));
                kind = ActorKind.Other;
            }

            var id = TextFolding.Slug(item.Name);
            if (id.Length == 0 || !seen.Add(id))
            {
                problems.Add(new ArticleProblem(fileName, 0, $"'{item.Name}' is listed twice"));
                continue;
            }

            entries.Add(new GazetteerEntry
            {
                Id = id,
                Name = item.Name.Trim(),
                Kind = kind,
                Aliases = Clean(item.Aliases),
                Acronyms = Clean(item.Acronyms),
                Demonyms = Clean(item.Demonyms),
                Metonyms = Clean(item.Metonyms),
            });
        }

        return new Gazetteer(entries);
    }

    private static string[] Clean(List<string>? values) => [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];

    private sealed class RawEntry
    {
        public string? Name { get; set; }

        public string? Kind { get; set; }

        public List<string>? Aliases { get; set; }

        public List<string>? Acronyms { get; set; }

        public List<string>? Demonyms { get; set; }

        public List<string>? Metonyms { get; set; }
    }
}
