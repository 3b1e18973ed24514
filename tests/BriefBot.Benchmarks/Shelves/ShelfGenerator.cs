using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefBot.Benchmarks.Shelves;

/// <summary>
/// Makes a large, realistic shelf from the Reuters-21578 stories: edition 0 is the corpus as it is; every later
/// edition re-tells each story with its people renamed (first name kept, surname drawn from the corpus's own
/// surnames), its date moved on by whole weeks (dateline and front matter together), and some paragraphs swapped
/// for paragraphs of other stories from the same place. The same seed and size always give the same files.
/// </summary>
internal static partial class ShelfGenerator
{
    private const int DaysPerEdition = 7 * 13;

    private static readonly string[] NotSurnames =
    [
        "States", "Kingdom", "York", "Nations", "Street", "Bank", "Exchange", "Reserve", "Market", "Union", "Community",
        "Council", "Party", "Republic", "Corp", "Company", "Group", "Board", "Ministry", "Department", "Commission",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Reuters", "Government", "House",
    ];

    public static int Generate(string corpus, string gazetteer, string output, int size, int seed)
    {
        var stories = Directory.EnumerateFiles(corpus, "reuters-*.md").Order(StringComparer.Ordinal)
            .Select(ReutersStory.Read).OfType<ReutersStory>().ToList();
        if (stories.Count == 0)
        {
            throw new InvalidOperationException($"No Reuters stories under {corpus}.");
        }

        // Words that name states, bodies and places in the gazetteer (or are plainly not surnames) are never renamed.
        var kept = new HashSet<string>(Word().Matches(File.ReadAllText(gazetteer)).Select(m => m.Value), StringComparer.Ordinal);
        kept.UnionWith(NotSurnames);
        bool IsSurname(string word) => !kept.Contains(word);
        var surnames = stories.SelectMany(s => s.Paragraphs).SelectMany(p => PersonName().Matches(p).Select(m => m.Groups["surname"].Value))
            .Where(IsSurname).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var known = new HashSet<string>(surnames, StringComparer.Ordinal);
        var byPlace = stories.GroupBy(Place, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var articles = Directory.CreateDirectory(Path.Combine(output, "articles")).FullName;
        File.Copy(gazetteer, Path.Combine(output, "actors.yaml"), overwrite: true);
        for (var n = 0; n < size; n++)
        {
            var edition = n / stories.Count;
            var story = stories[n % stories.Count];
            // Not HashCode.Combine: it is randomised per process, and the shelf must be the same every run.
            var random = new Random(unchecked((seed * 1_000_003) + (edition * 7919) + (n % stories.Count)));
            var text = edition == 0 ? Original(story) : Retold(story, edition, random, surnames, known.Contains, byPlace[Place(story)]);
            File.WriteAllText(Path.Combine(articles, FormattableString.Invariant($"e{edition:000}-{story.Id}.md")), text, new UTF8Encoding(false));
        }

        return size;
    }

    private static string Place(ReutersStory story) =>
        story.FrontMatter.FirstOrDefault(l => l.StartsWith("places:", StringComparison.Ordinal)) ?? "";

    private static string Original(ReutersStory story) => Compose(story.FrontMatter, story.Title, story.Paragraphs);

    private static string Retold(ReutersStory story, int edition, Random random, string[] surnames, Func<string, bool> isSurname, List<ReutersStory> sameplace)
    {
        // One renaming per story and edition, used for every paragraph, so a person stays one person in the article.
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(string surname)
        {
            if (!renames.TryGetValue(surname, out var renamed))
            {
                renames[surname] = renamed = surnames[random.Next(surnames.Length)];
            }

            return renamed;
        }

        var paragraphs = story.Paragraphs.ToList();
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (random.NextDouble() < 0.3)
            {
                var other = sameplace[random.Next(sameplace.Count)];
                paragraphs[i] = other.Paragraphs[random.Next(other.Paragraphs.Count)];
            }
        }

        foreach (var surname in paragraphs.Prepend(story.Title).SelectMany(p => Word().Matches(p)).Select(m => m.Value).Where(isSurname))
        {
            Rename(surname);
        }

        var published = story.Published.AddDays(edition * DaysPerEdition);
        var oldDay = story.Published.ToString("MMM d", CultureInfo.InvariantCulture);
        var newDay = published.ToString("MMM d", CultureInfo.InvariantCulture);
        string Apply(string text)
        {
            var result = text;
            foreach (var (from, to) in renames)
            {
                result = Regex.Replace(result, $@"\b{Regex.Escape(from)}\b", to, RegexOptions.CultureInvariant);
                result = Regex.Replace(result, $@"\b{Regex.Escape(from.ToUpperInvariant())}\b", to.ToUpperInvariant(), RegexOptions.CultureInvariant);
            }

            return result.Replace(oldDay, newDay, StringComparison.Ordinal);
        }

        var front = story.FrontMatter.Select(line => line switch
        {
            _ when line.StartsWith("title:", StringComparison.Ordinal) => "title: " + Quote(Apply(story.Title)),
            _ when line.StartsWith("published:", StringComparison.Ordinal) => "published: " + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when line.StartsWith("dateline:", StringComparison.Ordinal) => "dateline: " + Quote(Apply(story.Dateline)),
            _ => line,
        }).ToList();
        return Compose(front, Apply(story.Title), [.. paragraphs.Select(Apply)]);
    }

    private static string Compose(IReadOnlyList<string> front, string title, IReadOnlyList<string> paragraphs)
    {
        var text = new StringBuilder("---\n");
        foreach (var line in front)
        {
            text.Append(line).Append('\n');
        }

        text.Append("---\n\n# ").Append(title).Append("\n\n");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A titled person, "Mr Baker", "Treasury Secretary James Baker": the surname is the corpus's own.</summary>
    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|President|Minister|Secretary|Chairman|Governor|Senator|Chancellor)\.?\s+(?:[A-Z][a-z]+\s+)?(?<surname>[A-Z][a-z]{3,})\b(?!\s+[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
