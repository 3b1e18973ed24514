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
            .Where(c => c.Name.Base.Length > 0 && !IsStateOrPlace(c.Name.Base))
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
    }

    private bool IsStateOrPlace(string key) => _byKey.TryGetValue(key, out var id) && _byId[id].Kind is ActorKind.State or ActorKind.Place;

    private static bool IsTitledPerson(ActorDraft draft) =>
        draft.Kind == ActorKind.Person && draft.Context.Any(c => c.StartsWith(ActorDraft.TitleContext, StringComparison.Ordinal));
}
