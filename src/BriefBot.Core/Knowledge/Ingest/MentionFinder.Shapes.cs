namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>What a tagged span's own words say: where the name starts and ends, and whether it is a place or a product.</summary>
public sealed partial class MentionFinder
{
    /// <summary>Brackets and quotes a tagged span may take in around a name: never part of it.</summary>
    private static bool IsEnclosing(string token) => token is "<" or ">" or "\"" or "“" or "”" or "(" or ")" or "[" or "]";

    /// <summary>
    /// "General Agreement on Tariffs and Trade", "Conference on Security and Cooperation in Europe": a body or
    /// accord the tagger stopped at "on" runs on through the capitalised words of its subject.
    /// </summary>
    private static int WithSubject(Reading r, int end)
    {
        var tokens = r.Tokens;
        if (end + 1 >= tokens.Count || tokens[end].Text != "on" || !tokens[end + 1].IsCapitalised || !SubjectHeads.Contains(tokens[end - 1].Folded))
        {
            return end;
        }

        var k = end + 1;
        while (k < tokens.Count && tokens[k].IsWord && (tokens[k].IsCapitalised || (tokens[k].Folded is "and" or "of" or "the" or "in" && k + 1 < tokens.Count && tokens[k + 1].IsCapitalised)))
        {
            k++;
        }

        return k;
    }

    private static readonly HashSet<string> SubjectHeads = new(StringComparer.Ordinal)
    {
        "agreement", "conference", "committee", "subcommittee", "commission", "treaty", "convention", "council", "panel", "forum", "group",
    };

    /// <summary>The span's last word as written, hyphened parts joined ("X-MP", "MD-11").</summary>
    private static string LastWord(Reading r, int start, int end)
    {
        var k = end - 1;
        while (k > start && !r.Tokens[k].IsWord)
        {
            k--;
        }

        var first = k;
        while (first > start && r.Tokens[first].HyphenBefore && r.Tokens[first - 1].IsWord)
        {
            first--;
        }

        return r.Sentence[r.Tokens[first].Start..r.Tokens[k].End];
    }

    /// <summary>"Strait of Hormuz", "Sea of Oman", "River Jamuna", "Mount Fuji": a feature of the land or sea.</summary>
    private static bool IsGeographic(List<string> words) => words.Count >= 2
        && ((words[0] is "sea" or "strait" or "straits" or "gulf" or "bay" or "isle" or "cape" && words[1] == "of")
            || (words[0] is "river" or "mount" or "lake" or "isle" && !words.Skip(1).Any(NameLexicon.OrganisationWords.Contains)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^((?=[A-Z-]*\d)[A-Z]*\d[A-Z0-9-]*|[A-Z]{1,2}-[A-Z]{2,3}|II|III|IV)$")]
    private static partial System.Text.RegularExpressions.Regex ModelCode();
}
