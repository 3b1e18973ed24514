using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>Merges discovered people the shelf names in several forms, before any mention is resolved.</summary>
internal sealed partial class ActorRegistry
{
    /// <summary>
    /// A shortened name ("Akbar Hashemi Rafsanjani") joins the one longer name it ends ("Ali Akbar Hashemi
    /// Rafsanjani"); a near-identical spelling ("Vahit Halefolu") joins its twin when they share context.
    /// </summary>
    public void MergeVariants()
    {
        MergeFirmForms();
        var people = _byId.Values.Where(d => d.IsDiscovered && d.Kind == ActorKind.Person).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var words = people.ToDictionary(d => d.Id, d => NameForms.Key(d.Name).Split(' '), StringComparer.Ordinal);
        foreach (var shorter in people.Where(p => words[p.Id].Length >= 2).OrderByDescending(p => words[p.Id].Length))
        {
            var w = words[shorter.Id];
            var longer = people.Where(p => p != shorter && _byId.ContainsKey(p.Id) && words[p.Id].Length > w.Length && words[p.Id].AsSpan(words[p.Id].Length - w.Length).SequenceEqual(w)).ToList();
            if (longer.Count == 1)
            {
                Absorb(longer[0], shorter);
            }
        }

        MergeMiddleInitials(people, words);
        var remaining = people.Where(p => _byId.ContainsKey(p.Id)).ToList();
        MergeNearIdentical(remaining, p => words[p.Id], SharesContext,
            (a, b) => a.MentionCount >= b.MentionCount && a.KindVotes.Values.Sum() >= b.KindVotes.Values.Sum() ? (a, b) : (b, a));
    }

    /// <summary>
    /// Merges every pair of <paramref name="drafts"/> with as many words, near-identical (<see cref="NearIdentical"/>)
    /// and confirmed by <paramref name="confirms"/>, keeping the one <paramref name="choose"/> picks; pairs are
    /// taken in the order of <paramref name="drafts"/>.
    /// </summary>
    private void MergeNearIdentical(IReadOnlyList<ActorDraft> drafts, Func<ActorDraft, string[]> words, Func<ActorDraft, ActorDraft, bool> confirms, Func<ActorDraft, ActorDraft, (ActorDraft Keep, ActorDraft Drop)> choose)
    {
        foreach (var group in drafts.GroupBy(d => words(d).Length))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (_byId.ContainsKey(a.Id) && _byId.ContainsKey(b.Id) && NearIdentical(words(a), words(b)) && confirms(a, b))
                    {
                        var (keep, drop) = choose(a, b);
                        Absorb(keep, drop);
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Charles H. Dallara" joins "Charles Dallara" when he is the only person written with a middle initial
    /// between those two names; "John A. Smith" and "John B. Smith" leave "John Smith" alone.
    /// </summary>
    private void MergeMiddleInitials(List<ActorDraft> people, Dictionary<string, string[]> words)
    {
        var live = people.Where(p => _byId.ContainsKey(p.Id)).ToList();
        var byPlain = live.Where(p => !HasMiddleInitial(words[p.Id])).GroupBy(p => string.Join(' ', words[p.Id]), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in live.Where(p => HasMiddleInitial(words[p.Id])).GroupBy(p => string.Join(' ', WithoutMiddleInitials(words[p.Id])), StringComparer.Ordinal))
        {
            var initialled = group.ToList();
            if (initialled.Count != 1 || !byPlain.TryGetValue(group.Key, out var plain) || plain.Count != 1)
            {
                continue;
            }

            var (a, b) = (plain[0], initialled[0]);
            var (keep, drop) = a.KindVotes.Values.Sum() >= b.KindVotes.Values.Sum() ? (a, b) : (b, a);
            Absorb(keep, drop);
        }
    }

    private static bool HasMiddleInitial(string[] words) => words.Length >= 3 && words[1..^1].Any(w => w.Length == 1);

    private static string[] WithoutMiddleInitials(string[] words) => [words[0], .. words[1..^1].Where(w => w.Length > 1), words[^1]];

    private void Absorb(ActorDraft keep, ActorDraft drop)
    {
        foreach (var (kind, weight) in drop.KindVotes)
        {
            keep.Vote(kind, weight);
        }

        keep.Aliases.UnionWith(drop.Aliases);
        keep.Context.UnionWith(drop.Context);
        foreach (var key in _byKey.Where(kv => kv.Value == drop.Id).Select(kv => kv.Key).ToList())
        {
            _byKey[key] = keep.Id;
        }

        _byId.Remove(drop.Id);
    }

    /// <summary>Same words but one, which differs by one letter in a long word (Halefoglu/Halefolu).</summary>
    private static bool NearIdentical(string[] a, string[] b)
    {
        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differing.Count == 1 && Math.Min(a[differing[0]].Length, b[differing[0]].Length) >= 6 && EditDistance.AtMostOne(a[differing[0]], b[differing[0]]);
    }

    /// <summary>Same title, or two other actors named beside both.</summary>
    private static bool SharesContext(ActorDraft a, ActorDraft b)
    {
        var shared = a.Context.Intersect(b.Context, StringComparer.Ordinal).ToList();
        return shared.Any(k => k.StartsWith(ActorDraft.TitleContext, StringComparison.Ordinal)) || shared.Count >= 2;
    }
}
