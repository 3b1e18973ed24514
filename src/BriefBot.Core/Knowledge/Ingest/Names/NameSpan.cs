namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>A name found in text: UTF-16 offsets into the text that was tagged, and its type.</summary>
public readonly record struct NameSpan(int Start, int End, NameType Type)
{
    /// <summary>The CoNLL label of the type: PER, ORG, LOC or MISC.</summary>
    public string Label => Type switch
    {
        NameType.Person => "PER",
        NameType.Organisation => "ORG",
        NameType.Location => "LOC",
        _ => "MISC",
    };
}
