namespace BriefBot.Core.Knowledge.Store;

/// <summary>An event and how many articles tell of it.</summary>
public sealed record EventSources(string Id, int Sources);
