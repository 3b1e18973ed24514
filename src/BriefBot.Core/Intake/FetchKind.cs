namespace BriefBot.Core.Intake;

/// <summary>What a fetch expects back, which decides the Accept header and the content types taken.</summary>
public enum FetchKind
{
    Feed,

    /// <summary>An article: an HTML page or a PDF.</summary>
    Page,
}
