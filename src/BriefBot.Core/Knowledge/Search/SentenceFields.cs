namespace BriefBot.Core.Knowledge.Search;

/// <summary>Field names of a sentence document in the Lucene index.</summary>
internal static class SentenceFields
{
    public const string Id = "id";
    public const string Article = "article";
    public const string Paragraph = "paragraph";
    public const string Index = "index";
    public const string Text = "text";
    public const string Context = "context";
    public const string Actor = "actor";
    public const string Event = "event";

    /// <summary>Each date span as "yyyy-MM-dd/yyyy-MM-dd/precision", stored for the period filter.</summary>
    public const string Span = "span";

    /// <summary>Commit user data key: the knowledge base build the index was written for.</summary>
    public const string BuildStamp = "briefbot.build";
}
