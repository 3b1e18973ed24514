namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>What a gazetteer phrase is; a phrase can be several ("Luxembourg" is a state and a city).</summary>
[Flags]
internal enum PhraseCategory
{
    None = 0,
    State = 1,
    Demonym = 2,
    Capital = 4,
    City = 8,
    Territory = 16,
    Acronym = 32,
    GivenName = 64,
}
