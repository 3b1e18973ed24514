using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Search;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Core.Commands.Ask;

/// <summary>A question as understood: the search it becomes, the actors it names and the periods it limits to.</summary>
public sealed record ReadQuestion(SentenceQuery Query, IReadOnlyList<ActorIndexEntry> Actors, IReadOnlyList<PartialDate> Periods);
