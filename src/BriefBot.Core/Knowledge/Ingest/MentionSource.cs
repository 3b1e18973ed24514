namespace BriefBot.Core.Knowledge.Ingest;

public enum MentionSource
{
    /// <summary>A name or alias from actors.yaml.</summary>
    Gazetteer,

    /// <summary>An adjective standing for a state ("Iranian officials").</summary>
    Demonym,

    /// <summary>A capital standing for its government ("Ankara and Baku").</summary>
    Metonym,

    /// <summary>A capitalised name found in the text only.</summary>
    Discovered,
}
