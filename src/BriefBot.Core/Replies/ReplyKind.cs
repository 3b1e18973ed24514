namespace BriefBot.Core.Replies;

/// <summary>What an answer is, so a platform can decide visibility and styling.</summary>
public enum ReplyKind
{
    /// <summary>A real answer from the knowledge base.</summary>
    Answer,

    /// <summary>Several candidates fit: the user picks one of <see cref="Reply.Choices"/>.</summary>
    Choice,

    /// <summary>Nothing matched; suggestions may follow.</summary>
    NotFound,

    /// <summary>The input could not be read (bad period, empty name...).</summary>
    Invalid,

    /// <summary>Something failed on our side; the text is safe to show.</summary>
    Error,
}
