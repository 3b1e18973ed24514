using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>What name lookups need of an actor, kept in memory for fast fuzzy matching.</summary>
public sealed record ActorIndexEntry(string Id, string Name, ActorKind Kind, IReadOnlyList<string> Keys, IReadOnlyList<string> Acronyms, int MentionCount);
