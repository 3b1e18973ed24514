using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Build;

/// <summary>An actor while the shelf is being read; becomes an immutable <see cref="Actor"/> at the end.</summary>
internal sealed class ActorDraft(string id, string name, bool isDiscovered)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public bool IsDiscovered { get; } = isDiscovered;

    public Dictionary<ActorKind, int> KindVotes { get; } = [];

    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal) { name };

    public List<string> Acronyms { get; } = [];

    public List<Role> Roles { get; } = [];

    public List<Fact> Facts { get; } = [];

    public HashSet<string> ArticleIds { get; } = new(StringComparer.Ordinal);

    public List<string> AuthoredArticleIds { get; } = [];

    public int MentionCount { get; set; }

    /// <summary>Prefix of a title in <see cref="Context"/>, apart from co-mentioned names.</summary>
    public const string TitleContext = "title:";

    /// <summary>Titles the name was written with and names written beside it, for telling near-identical spellings apart.</summary>
    public HashSet<string> Context { get; } = new(StringComparer.Ordinal);

    public ActorKind Kind => KindVotes.Count == 0 ? ActorKind.Other : KindVotes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;

    public void Vote(ActorKind kind, int weight = 1) => KindVotes[kind] = KindVotes.GetValueOrDefault(kind) + weight;
}
