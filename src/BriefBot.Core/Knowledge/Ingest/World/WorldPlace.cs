namespace BriefBot.Core.Knowledge.Ingest.World;

/// <summary>A city or dependent territory from the generated world gazetteer, with the country it lies in (ISO alpha-2).</summary>
public sealed record WorldPlace(string Name, string CountryIso2, bool IsTerritory, int Population);
