namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>The four CoNLL-2003 name types.</summary>
public enum NameType
{
    /// <summary>A person (PER).</summary>
    Person,

    /// <summary>An organisation (ORG).</summary>
    Organisation,

    /// <summary>A location (LOC).</summary>
    Location,

    /// <summary>Any other name (MISC): nationalities, events, products.</summary>
    Misc,
}
