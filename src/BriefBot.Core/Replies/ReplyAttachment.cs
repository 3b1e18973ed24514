namespace BriefBot.Core.Replies;

/// <summary>
/// A file that goes with a reply (an exported timeline): Discord attaches it to the message, Slack uploads it into
/// the channel, the outbox and the CLI write it beside the text.
/// </summary>
public sealed record ReplyAttachment(string FileName, string ContentType, byte[] Content);
