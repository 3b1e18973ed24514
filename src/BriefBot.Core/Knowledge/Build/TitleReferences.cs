using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge.Ingest;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// A person named by title alone ("the minister", "the Iranian leader"): resolved to the one person the article
/// introduced with such a title (and state), never guessed between two.
/// </summary>
internal static partial class TitleReferences
{
    /// <summary>Heads that any leader of a state answers to.</summary>
    private static readonly HashSet<string> LeaderTitles = new(StringComparer.Ordinal) { "leader", "president", "premier", "chancellor", "king", "emir", "sultan", "ayatollah" };

    [GeneratedRegex(@"\b[Tt]he\s+(?:(?<state>[A-Z][a-z]+)\s+)?(?:(?<mod>foreign|finance|prime|defence|defense|interior|trade|economy|oil|energy|agriculture|deputy|vice|supreme)\s+)?(?<head>minister|leader|president|premier|chancellor|secretary|spokesman|spokeswoman|governor|chairman|ambassador|commander|king|emir|envoy|senator|ayatollah)\b(?!\s+(?:of\s+)?[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    public static IEnumerable<(RawMention Mention, string Id)> Find(SentenceRecord sentence, IReadOnlyList<(RawMention Mention, string Id)> resolved, ArticleMemory memory, ActorRegistry registry)
    {
        foreach (Match match in Reference().Matches(sentence.Text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            // A demonym inside the reference ("the Sylvanian leader") is the state it is of, not another name.
            if (resolved.Any(r => r.Mention.Start < end && r.Mention.End > start && r.Mention.Source != MentionSource.Demonym))
            {
                continue;
            }

            var stateWord = match.Groups["state"].Success ? MentionFinder.Key(match.Groups["state"].Value) : null;
            var stateId = stateWord is null ? null : registry.Gazetteer.Entries.FirstOrDefault(e => e.Demonyms.Any(d => MentionFinder.Key(d) == stateWord))?.Id;
            if (stateWord is not null && stateId is null)
            {
                continue;
            }

            var head = match.Groups["head"].Value;
            var modifier = match.Groups["mod"].Success ? match.Groups["mod"].Value.ToLowerInvariant() : null;
            var fits = memory.Titles
                .Where(t => Fits(t.Value.Words, head, modifier) && (stateId is null || t.Value.States.Contains(stateId)))
                .Select(t => t.Key)
                .ToList();
            if (fits.Count != 1)
            {
                continue;
            }

            var surface = sentence.Text[start..end];
            yield return (new RawMention
            {
                Start = start,
                End = end,
                Surface = surface,
                Folded = MentionFinder.Key(surface),
                Kind = Model.ActorKind.Person,
                Source = MentionSource.Discovered,
            }, fits[0]);
        }
    }

    private static bool Fits(HashSet<string> words, string head, string? modifier) =>
        (words.Contains(head) || (head == "leader" && words.Overlaps(LeaderTitles))) && (modifier is null || words.Contains(modifier));
}
