using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>
/// Demonyms of a state whose name has more than one word ("West German" for West Germany, "South Korean" for
/// South Korea): the tagger reads them as a name of their own, but they stand for the state, like "German".
/// Built from the gazetteer: the demonyms it lists in several words, and each multi-word name with its last word
/// replaced by one of the state's one-word demonyms.
/// </summary>
internal sealed class CompoundDemonyms
{
    private readonly Dictionary<string, string> _stateByDemonym = new(StringComparer.Ordinal);

    public CompoundDemonyms(Gazetteer gazetteer)
    {
        foreach (var entry in gazetteer.Entries.Where(e => e.Kind == ActorKind.State))
        {
            // A demonym listed in words of its own ("West German") stands for its state as written.
            foreach (var listed in entry.Demonyms.Select(MentionFinder.Key).Where(d => d.Contains(' ', StringComparison.Ordinal)))
            {
                _stateByDemonym.TryAdd(listed, entry.Id);
            }

            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var words = MentionFinder.Key(name).Split(' ');
                if (words.Length < 2)
                {
                    continue;
                }

                foreach (var demonym in entry.Demonyms.Select(MentionFinder.Key).Where(d => !d.Contains(' ', StringComparison.Ordinal)))
                {
                    // "germany" ~ "german", "korea" ~ "korean": the demonym shares the last word's stem.
                    var stem = Math.Min(4, Math.Min(demonym.Length, words[^1].Length));
                    if (stem >= 3 && string.CompareOrdinal(demonym, 0, words[^1], 0, stem) == 0)
                    {
                        _stateByDemonym.TryAdd(string.Join(' ', words[..^1].Append(demonym)), entry.Id);
                    }
                }
            }
        }
    }

    public string? Find(RawMention mention) =>
        mention.GazetteerId is null && !mention.IsSingleWord ? _stateByDemonym.GetValueOrDefault(MentionFinder.Key(mention.Surface)) : null;
}
