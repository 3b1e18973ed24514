using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Commands.Who.Chart;

/// <summary>An actor that shares events with the one asked about, and how many.</summary>
public sealed record WhoChartNeighbour(string Name, ActorKind Kind, int SharedEvents);
