using BriefBot.Core.Knowledge.Ingest;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>Merges the forms one firm is written in ("Toshiba", "Toshiba Corp"; "Nomura Securities Co Ltd", "Nomura Securities Co").</summary>
internal sealed partial class ActorRegistry
{
    /// <summary>A legal form settles the kind: a firm, however the tagger read its bare name.</summary>
    private const int LegalFormVote = 1000;

    /// <summary>
    /// Names with the same base whose legal forms extend one another are one firm ("Co" → "Co Ltd"); a name that
    /// could be the short form of two different firms ("Salomon" of "Salomon Inc" and "Salomon SA") joins neither,
    /// and those firms stay apart. A person written with a title is never a firm's short name.
    /// </summary>
    public void MergeFirmForms()
    {
        var candidates = _byId.Values
            .Where(d => d.IsDiscovered && d.Kind is ActorKind.Organisation or ActorKind.Person or ActorKind.Other)
            .Select(d => (Draft: d, Name: FirmNames.Split(d.Name)))
            .Where(c => c.Name.Base.Length > 0 && !IsStateOrPlace(c.Name.Base) && !NameForms.IsBareHead(c.Name.Base))
            .GroupBy(c => c.Name.Base, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && g.Any(c => c.Name.Forms.Length > 0));
        foreach (var group in candidates)
        {
            var members = group.Where(c => c.Name.Forms.Length > 0 || !IsTitledPerson(c.Draft)).ToList();
            var fullest = members.Where(m => !members.Any(o => o.Name.Forms != m.Name.Forms && FirmNames.Extends(o.Name.Forms, m.Name.Forms))).ToList();
            foreach (var full in fullest.DistinctBy(f => f.Name.Forms, StringComparer.Ordinal))
            {
                var firm = members.Where(m => FirmNames.Extends(full.Name.Forms, m.Name.Forms)
                    && !fullest.Any(f => f.Name.Forms != full.Name.Forms && FirmNames.Extends(f.Name.Forms, m.Name.Forms))).ToList();
                if (firm.Count < 2)
                {
                    continue;
                }

                var keep = firm.OrderByDescending(m => m.Draft.KindVotes.Values.Sum()).ThenByDescending(m => m.Name.Forms.Length).ThenBy(m => m.Draft.Id, StringComparer.Ordinal).First().Draft;
                foreach (var (draft, _) in firm.Where(m => m.Draft != keep))
                {
                    Absorb(keep, draft);
                }

                keep.Vote(ActorKind.Organisation, LegalFormVote);
            }
        }

        MergeMisspeltBodies();
        foreach (var group in _byId.Values.Where(d => d.IsDiscovered && d.Kind == ActorKind.Organisation)
            .Select(d => (Draft: d, Name: FirmNames.Split(d.Name))).Where(c => c.Name.Forms.Length > 0)
            .GroupBy(c => c.Name.Base, StringComparer.Ordinal))
        {
            var firms = group.Select(c => c.Draft.Id).Distinct(StringComparer.Ordinal).ToList();
            _firmsByBase[group.Key] = firms.Count == 1 ? firms[0] : null;
        }
    }

    /// <summary>
    /// A body written once with a slip ("McDonnell Doughlas", "Scandinavian Airline System") joins the spelling it
    /// misses by one letter in one long word, all other words the same; never where that word is a place's
    /// ("Bank of Ireland", "Bank of Iceland"). The more written form keeps the name.
    /// </summary>
    private void MergeMisspeltBodies()
    {
        var bodies = _byId.Values.Where(d => d.IsDiscovered && d.Kind == ActorKind.Organisation)
            .Select(d => (Draft: d, Words: NameForms.Key(d.Name).Split(' ')))
            .Where(b => b.Words.Length >= 2)
            .OrderByDescending(b => b.Draft.KindVotes.Values.Sum()).ThenBy(b => b.Draft.Id, StringComparer.Ordinal)
            .ToList();
        var words = bodies.ToDictionary(b => b.Draft, b => b.Words);
        MergeNearIdentical([.. bodies.Select(b => b.Draft)], d => words[d], (a, b) => !DifferByPlace(words[a], words[b]), (a, b) => (a, b));
    }

    /// <summary>Whether a word the two names differ in is a place's.</summary>
    private bool DifferByPlace(string[] a, string[] b) => a.Zip(b).Any(p => p.First != p.Second && (IsPlaceWord(p.First) || IsPlaceWord(p.Second)));

    /// <summary>Firm base → the one firm of that base, or null when several firms share it (Salomon Inc, Salomon SA).</summary>
    private readonly Dictionary<string, string?> _firmsByBase = new(StringComparer.Ordinal);

    /// <summary>
    /// A bare name met later ("E.F. Hutton" once "E.F. Hutton and Co Inc" is known) finds the one firm it shortens:
    /// a lone word only where the tagger read it as a body ("Toshiba", not "Europe" of "Toshiba Europe Ltd"'s kind).
    /// </summary>
    public string? FindFirm(RawMention mention)
    {
        if (mention.Kind is ActorKind.State or ActorKind.Place || (mention.IsSingleWord && mention.Kind != ActorKind.Organisation))
        {
            return null;
        }

        var (name, forms) = FirmNames.Split(mention.Folded);
        return forms.Length == 0 && !NameForms.IsBareHead(name) && _firmsByBase.GetValueOrDefault(name) is { } id && _byId.ContainsKey(id) ? id : null;
    }

    private bool IsStateOrPlace(string key) => _byKey.TryGetValue(key, out var id) && _byId[id].Kind is ActorKind.State or ActorKind.Place;

    private static bool IsTitledPerson(ActorDraft draft) =>
        draft.Kind == ActorKind.Person && draft.Context.Any(c => c.StartsWith(ActorDraft.TitleContext, StringComparison.Ordinal));
}
